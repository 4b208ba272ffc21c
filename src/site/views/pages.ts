/**
 * Page sizes for long lists, chosen so no page grows past ~100 KB however many articles there are,
 * and the page a given item lands on.
 */
export const PAGE_SIZE = {
  updates: 20,
  sources: 150,
  timeline: 30,
  participants: 250,
  evidence: 80,
  statements: 60,
  claimSources: 150,
  speakers: 200,
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

/** One page of a paginated list, as a rest-parameter route gets it: page 1 at the list's own path. */
export interface ListPage<T> {
  params: { page: string | undefined };
  props: { items: T[]; current: number; last: number };
}

/** Static paths for a list split into pages of `size`: `[...page]` is empty for page 1, then `2`, `3`, .... */
export function listPages<T>(items: readonly T[], size: number): ListPage<T>[] {
  const pages = pagesOf(items, size);
  return pages.map((page, i) => ({
    params: { page: i === 0 ? undefined : String(i + 1) },
    props: { items: page, current: i + 1, last: pages.length },
  }));
}
