/**
 * Which pages a build rendered and which it copied from the previous build (Astro's incremental build), read
 * from the build's own log: Astro lists every page it writes, `(+12ms)` after one it rendered and `(restored)`
 * after one it copied. Counted by page kind, as the site weights name kinds (`sources/*`).
 */
import { pageKind } from './page-weights.ts';

/** One build's pages, by kind. */
export interface PageCounts {
  /** Pages rendered. */
  rendered: number;
  /** Pages copied from the previous build. */
  copied: number;
  /** Per kind: `[rendered, copied]`. */
  kinds: Record<string, [number, number]>;
}

/** The HTML pages of a build log (`/sources/x/index.html`), with whether each was rendered. */
export function pagesOfLog(log: string): { page: string; rendered: boolean }[] {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  return [...plain.matchAll(/[├└]─ \/(\S*\.html) \((\+|restored|cached)/g)].map((match) => ({
    page: match[1] ?? '',
    rendered: match[2] === '+',
  }));
}

/** The counts of a build log. */
export function countPages(log: string): PageCounts {
  const counts: PageCounts = { rendered: 0, copied: 0, kinds: {} };
  for (const { page, rendered } of pagesOfLog(log)) {
    const kind = pageKind(page);
    const entry = (counts.kinds[kind] ??= [0, 0]);
    entry[rendered ? 0 : 1] += 1;
    if (rendered) counts.rendered += 1;
    else counts.copied += 1;
  }
  return counts;
}
