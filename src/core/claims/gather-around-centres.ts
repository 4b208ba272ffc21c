/**
 * Groups linked sentences around centres, after the star clustering of Aslam, Pelekhov and Rus
 * ("The star clustering algorithm for static and dynamic information organization", JGAA 2004):
 * sentences linked to the most articles come first; one that no star holds yet becomes a centre,
 * and its neighbours that no star holds join it, the best-linked one from each other article.
 * Every member is linked to the centre itself, so a loose link cannot chain two stories together as
 * single-link clustering does. Unlike the paper's stars, these do not overlap: a fact is one claim,
 * not one per centre that mentions it. Sorting is the largest cost: O(n log n + L) for n sentences
 * and L links.
 */

/** Two linked sentences (indices), how alike they are, and whether they give different values of one thing. */
export interface SentenceLink {
  a: number;
  b: number;
  score: number;
  changed: boolean;
}

/** Groups of sentence indices, each with its centre first; the unlinked sentences are left out. */
export function gatherAroundCentres(links: readonly SentenceLink[], articleOf: readonly number[]): number[][] {
  const n = articleOf.length;
  const neighbours: Array<Array<{ other: number; score: number }>> = Array.from({ length: n }, () => []);
  for (const { a, b, score } of links) {
    neighbours[a]!.push({ other: b, score });
    neighbours[b]!.push({ other: a, score });
  }
  const reach = neighbours.map((list) => new Set(list.map(({ other }) => articleOf[other])).size);
  const strength = neighbours.map((list) => list.reduce((sum, { score }) => sum + score, 0));
  const order = [...Array(n).keys()]
    .filter((i) => reach[i]! > 0)
    .sort((x, y) => reach[y]! - reach[x]! || strength[y]! - strength[x]! || x - y);
  const held = new Uint8Array(n);
  const groups: number[][] = [];
  for (const centre of order) {
    if (held[centre]) continue;
    // The best free neighbour of each other article: highest score, then lowest index.
    const best = new Map<number, { other: number; score: number }>();
    for (const link of neighbours[centre]!) {
      const article = articleOf[link.other]!;
      if (held[link.other] || article === articleOf[centre]) continue;
      const chosen = best.get(article);
      if (!chosen || link.score > chosen.score || (link.score === chosen.score && link.other < chosen.other)) best.set(article, link);
    }
    if (best.size === 0) continue;
    const members = [...best.values()].map(({ other }) => other).sort((x, y) => x - y);
    held[centre] = 1;
    for (const member of members) held[member] = 1;
    groups.push([centre, ...members]);
  }
  return groups;
}
