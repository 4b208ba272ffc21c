/**
 * Claim ids from the member sentence ids: `c-` and twelve hex digits of two FNV-1a 32-bit hashes
 * (different offset bases) of the sorted ids, so the same members always give the same id and
 * collisions stay unlikely at a hundred thousand claims.
 */

/** The id of a claim with these member sentence ids (in any order). */
export function claimId(sentenceIds: readonly string[]): string {
  const key = sentenceIds.length === 1 ? sentenceIds[0]! : [...sentenceIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n');
  // Both FNV-1a hashes in one reading of the key.
  let high = 0x811c9dc5;
  let low = 0x050c5d1f;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    high = Math.imul(high ^ code, 0x01000193);
    low = Math.imul(low ^ code, 0x01000193);
  }
  return `c-${(high >>> 0).toString(16).padStart(8, '0')}${(low >>> 0).toString(16).padStart(8, '0').slice(0, 4)}`;
}
