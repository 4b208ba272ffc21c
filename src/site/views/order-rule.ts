/**
 * An order as a list of named comparisons, asked in turn until one tells two items apart. Each says in plain
 * words what it does, so the about page explains the order from the same list the code sorts by.
 */
export interface OrderRule<T> {
  /** Kebab-case name, for tests. */
  name: string;
  /** What the rule does, in one plain sentence for readers; empty for the last tie-break on ids. */
  explains: string;
  /** Negative when `a` comes first. */
  compare: (a: T, b: T) => number;
}

/** `items` sorted by `rules`, a copy. */
export function sortByRules<T>(items: readonly T[], rules: readonly OrderRule<T>[]): T[] {
  return [...items].sort((a, b) => {
    for (const rule of rules) {
      const order = rule.compare(a, b);
      if (order !== 0) return order;
    }
    return 0;
  });
}

/** Compares strings so that the larger comes first (newest date first). */
export function descending(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/** Compares strings so that the smaller comes first. */
export function ascending(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
