import { describe, expect, it } from 'vitest';
import {
  FIRST_EVIDENCE,
  MAX_GROWTH_POINTS,
  firstEvidence,
  paginateEvidence,
  thinGrowth,
  type GrowthPoint,
} from '../../src/site/views/topic-view.ts';
import { PAGE_SIZE } from '../../src/site/views/pages.ts';
import { articleOf, dayAfter } from '../helpers/model-parts.ts';

/** A running total on each of `days` consecutive days from 2025-01-01. */
const daily = (days: number): GrowthPoint[] =>
  Array.from({ length: days }, (_, i) => ({ date: dayAfter('2025-01-01', i), sentences: (i + 1) * 3, sources: i + 1 }));

describe('thinGrowth', () => {
  it.each([
    ['a month of days stays daily', 30, 30],
    ['a quarter becomes weekly', 90, 14],
    ['a year becomes monthly', 365, 12],
    ['ten years become yearly', 3650, 10],
  ])('%s', (_, days, points) => {
    expect(thinGrowth(daily(days))).toHaveLength(points);
  });

  it('never has more points than it may draw, and ends where the data ends', () => {
    for (const days of [41, 200, 1000, 5000]) {
      const points = daily(days);
      const thinned = thinGrowth(points);
      expect(thinned.length).toBeLessThanOrEqual(MAX_GROWTH_POINTS);
      expect(thinned.at(-1)).toEqual(points.at(-1));
    }
  });

  it('keeps the last running total of each month', () => {
    const thinned = thinGrowth(daily(365));
    expect(thinned[0]).toEqual({ date: '2025-01-31', sentences: 93, sources: 31 });
  });
});

describe('paginateEvidence', () => {
  /** `articles` articles of `sentences` sentences each, newest first: `a-<n>` is the newest. */
  const evidence = (articles: number, sentences: number) =>
    Array.from({ length: articles }, (_, i) => {
      const article = articleOf(`a-${articles - 1 - i}`, '2025-01-01', 'The Daily', sentences);
      return { article, sentences: article.sentences };
    });
  const counts = (groups: readonly { sentences: readonly unknown[] }[]) => groups.reduce((n, group) => n + group.sentences.length, 0);

  it('pages all the evidence newest first, older pages in runs counted from the oldest, grouped by source', () => {
    const pages = paginateEvidence(evidence(100, 7), 't');
    expect(pages.map(({ props }) => props.path).slice(0, 3)).toEqual([
      'topics/t/evidence/',
      'topics/t/evidence/13/',
      'topics/t/evidence/12/',
    ]);
    expect(counts(pages[0]?.props.items ?? [])).toBe(700 - 13 * PAGE_SIZE.evidence);
    expect(pages.slice(1).every(({ props }) => counts(props.items) === PAGE_SIZE.evidence)).toBe(true);
    expect(pages.map(({ props }) => counts(props.items)).reduce((a, b) => a + b, 0)).toBe(700);
    expect(pages[0]?.props.items.slice(0, 3).map((group) => group.article.id)).toEqual(['a-99', 'a-98', 'a-97']);
  });

  it('keeps every older page as it was when a newer article comes, but the one next to the first page', () => {
    const byPath = (articles: number) => new Map(paginateEvidence(evidence(articles, 7), 't').map(({ props }) => [props.path, props]));
    const [before, after] = [byPath(100), byPath(101)];
    for (const [path, page] of before)
      if (path !== 'topics/t/evidence/' && path !== 'topics/t/evidence/13/') expect(after.get(path), path).toEqual(page);
  });

  it.each([
    [0, []],
    [FIRST_EVIDENCE, []],
    [FIRST_EVIDENCE + 1, [FIRST_EVIDENCE + 1]],
    [2 * PAGE_SIZE.evidence, [PAGE_SIZE.evidence, PAGE_SIZE.evidence]],
  ])('%i sentences make pages of %j (none when the topic page shows them all)', (total, expected) => {
    expect(paginateEvidence(evidence(total, 1), 't').map(({ props }) => counts(props.items))).toEqual(expected);
  });

  it('shows the newest few on the topic page', () => {
    expect(counts(firstEvidence(evidence(100, 7)))).toBe(FIRST_EVIDENCE);
    expect(firstEvidence(evidence(2, 1)).map((group) => group.article.id)).toEqual(['a-1', 'a-0']);
  });
});
