import { describe, expect, it } from 'vitest';
import { additionsSummary } from '../../src/site/views/additions-summary.ts';

/** Stand-ins: the summary only counts. */
const n = (length: number) => Array.from({ length }, () => ({}) as never);

describe('additionsSummary', () => {
  it.each([
    [11, 0, 4, '11 new claims and 4 dated events'],
    [1, 0, 1, '1 new claim and 1 dated event'],
    [3, 2, 5, '3 new claims, 5 dated events and 2 earlier claims confirmed by a new independent source'],
    [0, 1, 0, '1 earlier claim confirmed by a new independent source'],
    [2, 0, 0, '2 new claims'],
    [0, 0, 0, ''],
  ])('%i new, %i corroborated, %i events → "%s"', (newClaims, corroborated, events, expected) => {
    const summary = additionsSummary({ newClaims: n(newClaims), corroborated: n(corroborated), events: n(events) });
    expect(summary).toBe(expected);
    expect(summary).not.toMatch(/\b0\b/);
  });
});
