/**
 * Whitespace inside a paragraph: every Unicode space (no-break U+00A0, narrow no-break U+202F,
 * thin and figure spaces, tabs, line ends) becomes one plain space; invisible zero-width
 * characters (U+200B, U+FEFF) are removed. Every other character is kept as written.
 */

const INVISIBLE = /[\u200B\uFEFF]/g;

/** Collapses runs of any whitespace to one space and trims the ends. */
export function normalizeWhitespace(text: string): string {
  // `\s` is Unicode-aware with or without the `u` flag; the plain form is the fast one.
  const visible = text.includes('\u200B') || text.includes('\uFEFF') ? text.replace(INVISIBLE, '') : text;
  return visible.replace(/\s+/g, ' ').trim();
}
