/**
 * Happening ids from the member event ids: `h-` and twelve hex digits of two FNV-1a 32-bit hashes
 * (different offset bases) of the sorted ids, the scheme claim ids use, so the same members always
 * give the same id.
 */

/** The id of a happening with these member event ids (in any order). */
export function happeningId(eventIds: readonly string[]): string {
  const key = eventIds.length === 1 ? eventIds[0]! : [...eventIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n');
  let high = 0x811c9dc5;
  let low = 0x050c5d1f;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    high = Math.imul(high ^ code, 0x01000193);
    low = Math.imul(low ^ code, 0x01000193);
  }
  return `h-${(high >>> 0).toString(16).padStart(8, '0')}${(low >>> 0).toString(16).padStart(8, '0').slice(0, 4)}`;
}
