/**
 * Page sizes for long lists, chosen so no page grows past ~150 KB however many articles there are,
 * and the page a given item lands on.
 */
export const PAGE_SIZE = {
  updates: 30,
  sources: 150,
  timeline: 120,
  participants: 250,
  evidence: 80,
  statements: 60,
} as const;

/** Splits `items` into pages of `size` (at least one page, possibly empty). */
export function pagesOf<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length === 0 ? [[]] : pages;
}

/** Path of page `n` of a list whose first page is at `path` (`updates/` → `updates/2/`). */
export function pagePath(path: string, n: number): string {
  return n === 1 ? path : `${path}${n}/`;
}
