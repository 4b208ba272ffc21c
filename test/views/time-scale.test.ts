import { describe, expect, it } from 'vitest';
import { monthsBetween } from '../../src/site/views/time-scale.ts';

describe('monthsBetween', () => {
  it.each([
    ['2025-08-14', '2025-11-27', ['2025-08', '2025-09', '2025-10', '2025-11']],
    ['2025-08-14', '2025-08-16', ['2025-08']],
    ['2025-11-30', '2026-02-05', ['2025-11', '2025-12', '2026-01', '2026-02']],
    ['2025-12', '2025-12', ['2025-12']],
    ['2025-09-01', '2025-08-01', []],
  ])('%s to %s', (first, last, expected) => {
    expect(monthsBetween(first, last)).toEqual(expected);
  });
});
