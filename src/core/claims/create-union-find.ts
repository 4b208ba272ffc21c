/**
 * Disjoint sets over 0..n-1 with path halving and union by size, for joining matched sentences
 * into claims in near-linear time.
 */

/** Disjoint sets over the integers 0..n-1. */
export interface UnionFind {
  /** The representative of the set holding `x`. */
  find: (x: number) => number;
  /** Joins the sets of `a` and `b`. */
  union: (a: number, b: number) => void;
}

/** Makes n singleton sets. */
export function createUnionFind(n: number): UnionFind {
  const parent = new Int32Array(n).map((_, i) => i);
  const size = new Int32Array(n).fill(1);
  const find = (x: number): number => {
    let node = x;
    while (parent[node] !== node) {
      parent[node] = parent[parent[node]!]!;
      node = parent[node]!;
    }
    return node;
  };
  const union = (a: number, b: number): void => {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) return;
    if (size[ra]! < size[rb]!) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    size[ra]! += size[rb]!;
  };
  return { find, union };
}
