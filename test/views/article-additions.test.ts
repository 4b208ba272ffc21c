import { describe, expect, it } from 'vitest';
import {
  UPDATE_LIMITS,
  articleAdditions,
  capAdditions,
  countedThing,
  type ArticleAdditions,
} from '../../src/site/views/article-additions.ts';
import type { Briefing, Claim, Figure, Participant, TimelineEvent } from '../../src/core/model.ts';
import { articleOf, briefingOf, claimOver } from '../helpers/model-parts.ts';

/** `n` placeholders standing for one kind of addition: capping only counts and slices them. */
const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

describe('capAdditions', () => {
  const article = articleOf('a', '2025-01-01');
  const additions: ArticleAdditions = {
    article,
    newParticipants: many(40, (i) => ({ id: `p-${i}` }) as Participant),
    newClaims: many(120, (i) => claimOver([article], `c-${i}`)),
    corroborated: many(3, (i) => ({ claim: claimOver([article], `k-${i}`), sources: 2 })),
    events: many(1, (i) => ({ id: `e-${i}` }) as TimelineEvent),
    figures: [],
    superseded: [],
    shifts: many(25, () => ({}) as ArticleAdditions['shifts'][number]),
  };

  it.each([
    ['newParticipants', UPDATE_LIMITS.participants, 40 - UPDATE_LIMITS.participants],
    ['newClaims', UPDATE_LIMITS.claims, 120 - UPDATE_LIMITS.claims],
    ['corroborated', UPDATE_LIMITS.claims, 3 - UPDATE_LIMITS.claims],
    ['events', 1, 0],
    ['superseded', 0, 0],
    ['shifts', UPDATE_LIMITS.shifts, 25 - UPDATE_LIMITS.shifts],
  ] as const)('shows at most the limit of %s and counts the rest', (key, shown, more) => {
    const capped = capAdditions(additions)[key];
    expect(capped.shown).toHaveLength(shown);
    expect(capped.more).toBe(more);
  });

  it('keeps the first items in their order', () => {
    expect(capAdditions(additions).newClaims.shown.map((claim: Claim) => claim.id)).toEqual(['c-0', 'c-1']);
  });
});

describe('countedThing', () => {
  it.each<[string, string, string | null]>([
    ['22 points', 'points', null],
    ['22', 'points in the peace plan', 'points in the peace plan'],
    ['1.2 million', 'casualties', 'casualties'],
    ['28-point', '28-point', null],
  ])('%s, about %s: %s', (value, about, expected) => {
    expect(countedThing({ id: 'a#f-1', sentence: 'a#s-1', value, about, kind: 'points' } as Figure)).toBe(expected);
  });
});

describe('articleAdditions', () => {
  /** Four articles, oldest first: the second repeats the first one's outlet, so it adds no independent source. */
  const articles = [
    articleOf('a', '2025-01-01', 'The Daily'),
    articleOf('b', '2025-01-02', 'The Daily'),
    articleOf('c', '2025-01-03', 'The Ledger'),
    articleOf('d', '2025-01-04', 'The Wire'),
  ];
  const briefing: Briefing = briefingOf({ asOf: '2025-01-04', articles: [...articles].reverse(), claims: [claimOver(articles)] });

  it('counts the independent sources a corroborated claim had with each article, as they stood then', () => {
    const corroborations = articleAdditions(briefing).map(({ article, corroborated }) => [
      article.id,
      corroborated.map(({ sources }) => sources),
    ]);
    expect(corroborations).toEqual([
      ['a', []],
      ['b', []],
      ['c', [2]],
      ['d', [3]],
    ]);
  });
});
