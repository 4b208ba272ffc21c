import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../../src/core/reading/partition-point.ts';

describe('partitionPoint', () => {
  it('gives the index of the first item the predicate fails for', () => {
    expect(partitionPoint([1, 3, 5, 7], (n) => n < 5)).toBe(2);
    expect(partitionPoint([1, 3, 5, 7], (n) => n <= 5)).toBe(3);
  });

  it('gives 0 when it fails for all, the length when it holds for all, 0 for no items', () => {
    expect(partitionPoint([4, 5], (n) => n < 1)).toBe(0);
    expect(partitionPoint([4, 5], (n) => n < 9)).toBe(2);
    expect(partitionPoint([], () => true)).toBe(0);
  });

  it('agrees with a linear scan on any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, cut) => {
        const sorted = [...values].sort((a, b) => a - b);
        const linear = sorted.findIndex((n) => !(n < cut));
        expect(partitionPoint(sorted, (n) => n < cut)).toBe(linear === -1 ? sorted.length : linear);
      }),
    );
  });
});
