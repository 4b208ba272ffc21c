import { describe, expect, it } from 'vitest';
import { figureRange, rangesOverlap } from '../../../src/core/figures/figure-range.ts';

describe('figureRange', () => {
  it.each([
    ['600,000', [600_000, 600_000]],
    ['28-point', [28, 28]],
    ['22 points', [22, 22]],
    ['1.2 million', [1_200_000, 1_200_000]],
    ['$300 billion', [3e11, 3e11]],
    ['€90bn', [9e10, 9e10]],
    ['a fifth', [0.2, 0.2]],
    ['Two-thirds', [2 / 3, 2 / 3]],
    ['20%', [0.2, 0.2]],
    ['three', [3, 3]],
    ['thousands', [2_000, 9_999]],
    ['tens of thousands', [10_000, 99_999]],
    ['more than 1,000', [1_000, 1_500]],
    ['up to 40', [20, 40]],
    ['30 to 50 years', [30, 50]],
    ['60-90 days', [60, 90]],
  ] as const)('%s', (value, expected) => {
    const range = figureRange(value);
    expect(range?.[0]).toBeCloseTo(expected[0]);
    expect(range?.[1]).toBeCloseTo(expected[1]);
  });

  it.each([
    ['about 19 percent', 'around a fifth', true],
    ['20%', 'a fifth', true],
    ['28-point', '22 points', false],
    ['1,000', '1,200', false],
    ['about 1,000', '1,050', true],
    ['thousands', 'tens of thousands', false],
    ['about 9,500', 'thousands', true],
    ['hundreds', '1.2 million', false],
  ])('%s and %s agree: %s', (a, b, agree) => {
    const ra = figureRange(a);
    const rb = figureRange(b);
    expect(ra && rb && rangesOverlap(ra, rb)).toBe(agree);
  });

  it.each([['many'], [''], ['several dozen']])('reads no number from %j', (value) => {
    expect(figureRange(value)).toBeNull();
  });
});
