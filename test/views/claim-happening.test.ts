/** A claim whose reports all tell one happening names it: what its sources agree on is the happening, not each clause. */
import { describe, expect, it } from 'vitest';
import type { Briefing, Claim, Happening, TimelineEvent } from '../../src/core/model.ts';
import { indexBriefing } from '../../src/site/data/briefing-index.ts';
import { claimHappening, claimWording, onePerHappening } from '../../src/site/views/claim-happening.ts';
import { articleOf, briefingOf, sentenceOf } from '../helpers/model-parts.ts';

const texts = [
  'Halvorsen and Brandt meet in Oslo on Friday, and fishermen hope for a deal.',
  'Halvorsen and Brandt held four hours of talks in Oslo on Friday.',
  'The levy took effect on Monday.',
];
const event = (n: number, date: string): TimelineEvent => ({
  id: `a#e-${n}`,
  date,
  precision: 'day',
  sentence: `a#s-${n}`,
  text: texts[n - 1]!,
  evidence: 'on Friday',
});
const happening = (id: string, events: string[], date = '2026-03-06'): Happening => ({
  id,
  date,
  precision: 'day',
  line: 'The Oslo talks',
  scheduled: false,
  events,
});
const claim = (sentences: string[]): Claim => ({
  id: 'c-1',
  kind: 'fact',
  summary: texts[1]!,
  sentences,
  outlets: ['A', 'B'],
  independentSources: 2,
  status: 'corroborated',
  topics: [],
  firstReported: '2026-03-05',
});

function named(events: TimelineEvent[], happenings: Happening[], sentences: string[]): string | null {
  const article = {
    ...articleOf('a', '2026-03-07', 'The Daily', texts.length),
    sentences: texts.map((text, i) => sentenceOf('a', i + 1, text)),
  };
  const briefing = briefingOf({ asOf: '2026-03-07', articles: [article], events, happenings, claims: [claim(sentences)] });
  return claimHappening(indexBriefing(briefing), briefing.claims[0]!)?.id ?? null;
}

describe('claimHappening', () => {
  it.each<[string, TimelineEvent[], Happening[], string[], string | null]>([
    [
      'every report tells the happening',
      [event(1, '2026-03-06'), event(2, '2026-03-06')],
      [happening('h-oslo', ['a#e-1', 'a#e-2'])],
      ['a#s-2', 'a#s-1'],
      'h-oslo',
    ],
    [
      'one report tells another happening',
      [event(1, '2026-03-06'), event(3, '2026-03-02')],
      [happening('h-oslo', ['a#e-1']), happening('h-levy', ['a#e-3'], '2026-03-02')],
      ['a#s-1', 'a#s-3'],
      null,
    ],
    ['one report has no date', [event(1, '2026-03-06')], [happening('h-oslo', ['a#e-1'])], ['a#s-1', 'a#s-2'], null],
    ['one sentence alone', [event(1, '2026-03-06')], [happening('h-oslo', ['a#e-1'])], ['a#s-1'], null],
  ])('%s', (_, events, happenings, sentences, expected) => {
    expect(named(events, happenings, sentences)).toBe(expected);
  });
});

describe('claimWording', () => {
  it('names the happening with its date, or cuts the summary', () => {
    const article = {
      ...articleOf('a', '2026-03-07', 'The Daily', texts.length),
      sentences: texts.map((text, i) => sentenceOf('a', i + 1, text)),
    };
    const events = [event(1, '2026-03-06'), event(2, '2026-03-06')];
    const briefing = briefingOf({
      asOf: '2026-03-07',
      articles: [article],
      events,
      happenings: [happening('h-oslo', ['a#e-1', 'a#e-2'])],
      claims: [claim(['a#s-2', 'a#s-1'])],
    });
    const index = indexBriefing(briefing);
    expect(claimWording(index, briefing.claims[0]!, 20)).toEqual({ quoted: 'The Oslo talks', after: ' (Fri 6 Mar 2026)' });
    expect(claimWording(index, { ...briefing.claims[0]!, sentences: ['a#s-2'] }, 20)).toEqual({
      quoted: expect.stringMatching(/^Halvorsen.*…$/),
      after: '',
    });
  });
});

describe('onePerHappening', () => {
  it('keeps the first corroborated claim of a happening and every other claim', () => {
    const article = {
      ...articleOf('a', '2026-03-07', 'The Daily', texts.length),
      sentences: texts.map((text, i) => sentenceOf('a', i + 1, text)),
    };
    const events = [event(1, '2026-03-06'), event(2, '2026-03-06')];
    const briefing = briefingOf({ asOf: '2026-03-07', articles: [article], events, happenings: [happening('h-oslo', ['a#e-1', 'a#e-2'])] });
    const first = { ...claim(['a#s-1', 'a#s-2']), id: 'c-first' };
    const second = { ...claim(['a#s-2', 'a#s-1']), id: 'c-second' };
    const other = { ...claim(['a#s-3']), id: 'c-other' };
    expect(onePerHappening(indexBriefing(briefing), [first, other, second]).map((c) => c.id)).toEqual(['c-first', 'c-other']);
  });
});
