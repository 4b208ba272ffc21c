/**
 * Stray marks left by page formatting (a lone `"` at the end of a line) are not sentences.
 */

/** Removes segments that contain no letter and no digit. */
export function dropPunctuationOnly(segments: readonly string[]): string[] {
  return segments.filter((segment) => /[\p{L}\p{N}]/u.test(segment));
}
