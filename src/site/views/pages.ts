/**
 * Page sizes for long lists, chosen so no page grows past ~100 KB however many articles there are,
 * and the page a given item lands on. Lists that grow at one end (updates, the timeline, a topic's evidence)
 * are chunked from their oldest item and their first page holds up to twice the size less one, so their sizes
 * are half of what one page could hold.
 */
export const PAGE_SIZE = {
  updates: 10,
  sources: 150,
  timeline: 20,
  participants: 250,
  evidence: 50,
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

/**
 * Splits a newest-first list into chunks of `size` counted from its oldest item, so adding a newer item never
 * moves an item between older chunks: `older[0]` (chunk 1) holds the oldest `size` items. The first page keeps
 * everything after the last full chunk, between `size` and `2 * size - 1` items once there are `size`, so it is
 * never nearly empty. Every chunk is newest first, as the list is.
 */
export function chunkNewestFirst<T>(newestFirst: readonly T[], size: number): { first: T[]; older: T[][] } {
  const olderCount = Math.max(0, Math.floor(newestFirst.length / size) - 1);
  const oldestFirst = [...newestFirst].reverse();
  const older = Array.from({ length: olderCount }, (_, i) => oldestFirst.slice(i * size, (i + 1) * size).reverse());
  return { first: newestFirst.slice(0, newestFirst.length - olderCount * size), older };
}

/**
 * One page of a list that grows at one end, as a rest-parameter route gets it. Its navigation steps to the
 * neighbouring pages and back to the first, so no page but the first depends on how many pages there are.
 */
export interface SteppedPage<T> {
  params: { page: string | undefined };
  props: {
    items: T[];
    /** The page's path below the base: the list's own path for the first page, `<list>/<n>/` for chunk n. */
    path: string;
    /** True on the list's first page, the only one that shows list-wide figures. */
    first: boolean;
    /** Paths of the pages before and after this one in reading order (newer and older in a newest-first list). */
    previous: string | null;
    next: string | null;
  };
}

/**
 * Static paths for a newest-first list at `path` (`updates/`): the first page at the list's own path, older
 * chunks at `<path><n>/` numbered from the oldest (see `chunkNewestFirst`), so a permalink to an older page
 * keeps its items however the list grows.
 */
export function newestFirstPages<T>(newestFirst: readonly T[], size: number, path: string): SteppedPage<T>[] {
  const { first, older } = chunkNewestFirst(newestFirst, size);
  const chunkPath = (n: number) => (n > older.length ? path : `${path}${n}/`);
  const olderPages = older.map((items, i) => ({
    params: { page: String(i + 1) },
    props: { items, path: chunkPath(i + 1), first: false, previous: chunkPath(i + 2), next: i > 0 ? chunkPath(i) : null },
  }));
  const firstPage = {
    params: { page: undefined },
    props: { items: first, path, first: true, previous: null, next: older.length > 0 ? chunkPath(older.length) : null },
  };
  return [firstPage, ...olderPages.reverse()];
}

/**
 * Static paths for an oldest-first list at `path`: chunk n at `<path><n>/`, chunk 1 (the oldest items) at the
 * list's own path; items added at the newest end only ever change the last page (and the one before it when
 * they start a new page).
 */
export function oldestFirstPages<T>(oldestFirst: readonly T[], size: number, path: string): SteppedPage<T>[] {
  const pages = pagesOf(oldestFirst, size);
  return pages.map((items, i) => ({
    params: { page: i === 0 ? undefined : String(i + 1) },
    props: {
      items,
      path: pagePath(path, i + 1),
      first: i === 0,
      previous: i > 0 ? pagePath(path, i) : null,
      next: i + 1 < pages.length ? pagePath(path, i + 2) : null,
    },
  }));
}

/**
 * The path of the page that shows the item at `position` (0 for the newest) of a newest-first list of `total`
 * items at `path`, as `newestFirstPages` splits it.
 */
export function newestFirstPathOf(position: number, total: number, size: number, path: string): string {
  const olderCount = Math.max(0, Math.floor(total / size) - 1);
  const fromOldest = total - 1 - position;
  return fromOldest >= olderCount * size ? path : `${path}${Math.floor(fromOldest / size) + 1}/`;
}
