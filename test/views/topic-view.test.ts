import { describe, expect, it } from 'vitest';
import { FIRST_EVIDENCE, MAX_GROWTH_POINTS, paginateEvidence, thinGrowth, type GrowthPoint } from '../../src/site/views/topic-view.ts';
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
  const evidence = (articles: number, sentences: number) =>
    Array.from({ length: articles }, (_, i) => {
      const article = articleOf(`a-${i}`, '2025-01-01', 'The Daily', sentences);
      return { article, sentences: article.sentences };
    });

  it('puts the newest few on the topic page and pages of the rest after it, grouped by source', () => {
    const pages = paginateEvidence(evidence(100, 7));
    const counts = pages.map((page) => page.reduce((n, group) => n + group.sentences.length, 0));
    expect(counts[0]).toBe(FIRST_EVIDENCE);
    expect(counts.slice(1, -1).every((n) => n === PAGE_SIZE.evidence)).toBe(true);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(700);
    expect(pages[0]?.map((group) => group.article.id)).toEqual(['a-0', 'a-1', 'a-2']);
  });

  it.each([
    [0, [0]],
    [FIRST_EVIDENCE, [FIRST_EVIDENCE]],
    [FIRST_EVIDENCE + 1, [FIRST_EVIDENCE, 1]],
  ])('%i sentences make pages of %j', (total, expected) => {
    const pages = paginateEvidence(evidence(total, 1));
    expect(pages.map((page) => page.reduce((n, group) => n + group.sentences.length, 0))).toEqual(expected);
  });
});
