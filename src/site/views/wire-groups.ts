/**
 * Outlets that carry the same wire service's copy, grouped: the sources page shows them so a reader sees why
 * several outlets count as one independent source (`Article.sourceKey` is the wire when there is one).
 */
import type { Article } from '../../core/model.ts';

/** One wire service and the outlets that ran its copy. */
export interface WireGroup {
  /** The wire service (`Reuters`). */
  wire: string;
  /** Outlets that ran its copy, with how many of its articles each, most first, then by name. */
  outlets: { outlet: string; articles: number }[];
  /** Articles of this wire copy in all. */
  articles: number;
}

/** What the sources page says about independence. */
export interface Independence {
  /** Wire services carried by more than one outlet, most outlets first, then by name. */
  groups: WireGroup[];
  /** Independent sources in all (wire copy once, each outlet's own reporting once). */
  sources: number;
  /** Distinct outlets. */
  outlets: number;
}

const byCountThenName = (a: { name: string; count: number }, b: { name: string; count: number }) =>
  b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function wireGroups(articles: readonly Article[]): Independence {
  const wires = new Map<string, Map<string, number>>();
  for (const article of articles) {
    if (!article.wire) continue;
    const outlets = wires.get(article.sourceKey) ?? new Map<string, number>();
    outlets.set(article.outlet, (outlets.get(article.outlet) ?? 0) + 1);
    wires.set(article.sourceKey, outlets);
  }
  const groups = [...wires.entries()]
    .filter(([, outlets]) => outlets.size > 1)
    .map(([wire, outlets]) => ({
      wire,
      outlets: [...outlets.entries()]
        .map(([name, count]) => ({ name, count }))
        .sort(byCountThenName)
        .map(({ name, count }) => ({ outlet: name, articles: count })),
      articles: [...outlets.values()].reduce((sum, n) => sum + n, 0),
    }))
    .sort((a, b) => byCountThenName({ name: a.wire, count: a.outlets.length }, { name: b.wire, count: b.outlets.length }));
  return {
    groups,
    sources: new Set(articles.map((article) => article.sourceKey)).size,
    outlets: new Set(articles.map((article) => article.outlet)).size,
  };
}
