/**
 * Medians with their spread: every figure of the benchmark is measured in several runs and reported as
 * the median with the minimum and maximum.
 */

/** A figure over several runs. */
export interface Spread {
  /** Median (mean of the two middle values for an even count). */
  median: number;
  /** Smallest run. */
  min: number;
  /** Largest run. */
  max: number;
  /** Every run, in the order measured. */
  runs: number[];
}

/** The spread of `values` (at least one). */
export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('no runs to summarise');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number, runs: [...values] };
}

/** Every number of a spread passed through `map` (rounding, unit changes). */
export function mapSpread(spread: Spread, map: (value: number) => number): Spread {
  return { median: map(spread.median), min: map(spread.min), max: map(spread.max), runs: spread.runs.map(map) };
}
