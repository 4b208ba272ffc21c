/**
 * Whitespace inside a paragraph: every Unicode space (no-break U+00A0, narrow no-break U+202F,
 * thin and figure spaces, tabs, line ends) becomes one plain space; invisible zero-width
 * characters (U+200B, U+FEFF) are removed, and so are the bidi embedding, override and isolate
 * controls (U+202A-U+202E, U+2066-U+2069), which print as nothing but reorder the text after them up
 * to the end of the paragraph on the page. Every other character is kept as written.
 */

const INVISIBLE = /[\u200B\uFEFF\u202A-\u202E\u2066-\u2069]/g;

/** Collapses runs of any whitespace to one space and trims the ends. */
export function normalizeWhitespace(text: string): string {
  // `\s` is Unicode-aware with or without the `u` flag; the plain form is the fast one.
  const visible = /[\u200B\uFEFF\u202A-\u202E\u2066-\u2069]/.test(text) ? text.replace(INVISIBLE, '') : text;
  // Most paragraphs have single plain spaces only: then there is nothing to fold, only ends to trim.
  return (/\s\s|[^\S ]/.test(visible) ? visible.replace(/\s+/g, ' ') : visible).trim();
}
