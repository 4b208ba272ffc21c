/**
 * Long lists on a page show their first few items and say how many are left out, so no page grows with the
 * number of articles and nothing is dropped without a word.
 */

/** The items a page shows and how many it leaves for the page that has them all. */
export interface Capped<T> {
  shown: T[];
  /** How many items are not shown. */
  more: number;
}

/** The first `max` of `items` and the count of the rest. */
export function capList<T>(items: readonly T[], max: number): Capped<T> {
  const shown = items.slice(0, Math.max(0, max));
  return { shown, more: items.length - shown.length };
}

/** `1 source`, `37 sources`: a count with its noun. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
