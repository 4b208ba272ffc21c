/**
 * Joins linked sentences into groups with union-find, strongest links first. A group takes at
 * most one sentence from each article, so that one loose link cannot chain two different
 * stories together (single-link clustering's usual failure).
 */
import { createUnionFind } from './create-union-find.ts';

/** Two linked sentences (indices) and how similar they are. */
export interface SentenceLink {
  a: number;
  b: number;
  score: number;
}

/** The groups (member indices, ascending; groups in order of their first member) and each sentence's summed link scores. */
export interface JoinedGroups {
  groups: number[][];
  centrality: Float64Array;
}

/** Groups sentences 0..n-1 (n = `articleOf.length`) by the accepted links. */
export function joinLinks(links: readonly SentenceLink[], articleOf: readonly number[]): JoinedGroups {
  const ordered = [...links].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const sets = createUnionFind(articleOf.length);
  const articles = new Map<number, Set<number>>();
  const articlesOf = (root: number): Set<number> => articles.get(root) ?? new Set([articleOf[root]!]);
  const centrality = new Float64Array(articleOf.length);
  for (const { a, b, score } of ordered) {
    const ra = sets.find(a);
    const rb = sets.find(b);
    if (ra === rb) continue;
    const [small, large] = [articlesOf(ra), articlesOf(rb)].sort((x, y) => x.size - y.size) as [Set<number>, Set<number>];
    if ([...small].some((article) => large.has(article))) continue;
    sets.union(a, b);
    for (const article of small) large.add(article);
    articles.set(sets.find(a), large);
    centrality[a]! += score;
    centrality[b]! += score;
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < articleOf.length; i++) {
    const root = sets.find(i);
    const members = byRoot.get(root);
    if (members) members.push(i);
    else byRoot.set(root, [i]);
  }
  return { groups: [...byRoot.values()], centrality };
}
