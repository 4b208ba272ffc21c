/**
 * Whitespace inside a paragraph: every Unicode space (no-break U+00A0, narrow no-break U+202F,
 * thin and figure spaces, tabs, line ends) becomes one plain space; invisible zero-width
 * characters (U+200B, U+FEFF) are removed. Every other character is kept as written.
 */

/** Collapses runs of any whitespace to one space and trims the ends. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/[\u200B\uFEFF]/gu, '').replace(/\s+/gu, ' ').trim();
}
