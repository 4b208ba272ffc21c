/**
 * Groups linked sentences around centres, after the star clustering of Aslam, Pelekhov and Rus
 * ("The star clustering algorithm for static and dynamic information organization", JGAA 2004):
 * sentences linked to the most articles come first; one that no star holds yet becomes a centre,
 * and its neighbours that no star holds join it, the best-linked one from each other article.
 * Every member is linked to the centre itself, so a loose link cannot chain two stories together as
 * single-link clustering does. A centre may state several facts (a meeting and the attack that
 * preceded it), so its star takes one: the fact its free neighbours share with it from the most
 * articles; the others stay free for stars of their own. Unlike the paper's stars, these do not
 * overlap: a fact is one claim. Sorting is the largest cost: O(n log n + L) for n sentences and L links.
 */

/** Two linked sentences (indices), how alike they are, and what fact links them. */
export interface SentenceLink {
  a: number;
  b: number;
  score: number;
  /** They give different values of one thing. */
  changed: boolean;
  /** Names of the fact they share (a predicate group, `#point` for a figure's counted thing); `*` for any (a copy). */
  facts: readonly string[];
}

/** A link seen from one end. */
interface Neighbour {
  other: number;
  score: number;
  facts: readonly string[];
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The fact most of a centre's free neighbours share with it (counted in articles, then summed score, then name), or null. */
function chooseFact(links: readonly Neighbour[], articleOf: readonly number[]): string | null {
  const facts = [...new Set(links.flatMap((link) => link.facts))].filter((fact) => fact !== '*').sort(compare);
  if (facts.length === 0) return links.length > 0 ? '*' : null;
  let best: { fact: string; articles: number; score: number } | null = null;
  for (const fact of facts) {
    const own = links.filter((link) => link.facts.includes(fact) || link.facts.includes('*'));
    const articles = new Set(own.map((link) => articleOf[link.other])).size;
    const score = own.reduce((sum, link) => sum + link.score, 0);
    if (!best || articles > best.articles || (articles === best.articles && score > best.score)) best = { fact, articles, score };
  }
  return best!.fact;
}

/** Groups of sentence indices, each with its centre first; the unlinked sentences are left out. */
export function gatherAroundCentres(links: readonly SentenceLink[], articleOf: readonly number[]): number[][] {
  const n = articleOf.length;
  const neighbours: Neighbour[][] = Array.from({ length: n }, () => []);
  for (const { a, b, score, facts } of links) {
    neighbours[a]!.push({ other: b, score, facts });
    neighbours[b]!.push({ other: a, score, facts });
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
    const free = neighbours[centre]!.filter((link) => !held[link.other] && articleOf[link.other] !== articleOf[centre]);
    const fact = chooseFact(free, articleOf);
    if (fact === null) continue;
    // The best neighbour of each other article that shares the fact: highest score, then lowest index.
    const best = new Map<number, Neighbour>();
    for (const link of free) {
      if (fact !== '*' && !link.facts.includes(fact) && !link.facts.includes('*')) continue;
      const article = articleOf[link.other]!;
      const chosen = best.get(article);
      if (!chosen || link.score > chosen.score || (link.score === chosen.score && link.other < chosen.other)) best.set(article, link);
    }
    const members = [...best.values()].map(({ other }) => other).sort((x, y) => x - y);
    held[centre] = 1;
    for (const member of members) held[member] = 1;
    groups.push([centre, ...members]);
  }
  return groups;
}
