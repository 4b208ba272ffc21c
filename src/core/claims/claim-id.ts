/**
 * Claim ids from the member sentence ids: `c-` and twelve hex digits of two FNV-1a 32-bit hashes
 * (different offset bases) of the sorted ids, so the same members always give the same id and
 * collisions stay unlikely at a hundred thousand claims.
 */

function fnv1a(text: string, basis: number): number {
  let hash = basis;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The id of a claim with these member sentence ids (in any order). */
export function claimId(sentenceIds: readonly string[]): string {
  const key = [...sentenceIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n');
  const high = fnv1a(key, 0x811c9dc5).toString(16).padStart(8, '0');
  const low = fnv1a(key, 0x050c5d1f).toString(16).padStart(8, '0');
  return `c-${high}${low.slice(0, 4)}`;
}
