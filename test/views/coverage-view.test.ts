import { describe, expect, it } from 'vitest';
import { coverageView } from '../../src/site/views/coverage-view.ts';
import { PAGE_SIZE } from '../../src/site/views/pages.ts';
import { articleOf, dayAfter } from '../helpers/model-parts.ts';

/** `count` articles spread evenly over `days` from 2025-01-01, over `outlets` outlets, newest first. */
function corpus(count: number, days: number, outlets: number) {
  return Array.from({ length: count }, (_, i) =>
    articleOf(`a-${i}`, dayAfter('2025-01-01', Math.floor((i * days) / count)), `Outlet ${i % outlets}`),
  ).reverse();
}

describe('coverageView', () => {
  it('has no bars without articles', () => {
    expect(coverageView([])).toEqual({ unit: 'week', buckets: [], outlets: [], otherOutlets: 0, max: 1 });
  });

  it.each([
    ['a few weeks', 40, 30, 'week', 5],
    ['twenty weeks', 200, 138, 'week', 20],
    ['twenty-one weeks', 200, 141, 'month', 5],
    ['a year', 1000, 365, 'month', 12],
    ['thirty months', 1000, 900, 'month', 30],
    ['ten years', 5000, 3650, 'year', 10],
  ])('draws %s in bars of a %s', (_, count, days, unit, bars) => {
    const view = coverageView(corpus(count, days, 150));
    expect(view.unit).toBe(unit);
    expect(view.buckets).toHaveLength(bars);
  });

  it('stacks five outlets and the rest, and counts every article once', () => {
    const articles = corpus(5000, 365, 150);
    const view = coverageView(articles);
    expect(view.outlets).toHaveLength(5);
    expect(view.otherOutlets).toBe(145);
    for (const bucket of view.buckets) {
      expect(bucket.layers).toHaveLength(6);
      expect(bucket.layers.reduce((a, b) => a + b, 0)).toBe(bucket.total);
      expect(bucket.topOutlets.length).toBeLessThanOrEqual(3);
    }
    expect(view.buckets.reduce((sum, bucket) => sum + bucket.total, 0)).toBe(5000);
    expect(view.max).toBe(Math.max(...view.buckets.map((bucket) => bucket.total)));
  });

  it('names three outlets per row and counts the others', () => {
    const view = coverageView(corpus(1000, 365, 150));
    const january = view.buckets[0];
    const outletsInJanuary = new Set(
      corpus(1000, 365, 150)
        .filter((a) => a.published.startsWith('2025-01'))
        .map((a) => a.outlet),
    );
    expect(january?.start).toBe('2025-01');
    expect(january?.topOutlets).toHaveLength(3);
    expect(january?.otherOutlets).toBe(outletsInJanuary.size - 3);
  });

  it('keeps empty weeks as gaps, starting weeks on Monday', () => {
    const view = coverageView([articleOf('b', '2025-01-22'), articleOf('a', '2025-01-01')]);
    expect(view.buckets.map((bucket) => [bucket.start, bucket.total])).toEqual([
      ['2024-12-30', 1],
      ['2025-01-06', 0],
      ['2025-01-13', 0],
      ['2025-01-20', 1],
    ]);
  });

  it('links each period to the page of the sources list where its newest article is', () => {
    const articles = corpus(1000, 365, 10);
    const view = coverageView(articles);
    const december = view.buckets.at(-1);
    const january = view.buckets[0];
    expect(december?.sourcesPage).toBe(1);
    const firstJanuary = articles.findIndex((a) => a.published.startsWith('2025-01'));
    expect(january?.sourcesPage).toBe(Math.floor(firstJanuary / PAGE_SIZE.sources) + 1);
  });
});
