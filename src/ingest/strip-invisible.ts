/**
 * Removes characters that print as nothing but change comparisons and slugs: zero-width characters,
 * bidirectional controls, the byte-order mark. Also turns no-break and other fixed-width spaces into plain
 * spaces and collapses runs of white space, for one-line texts such as titles.
 */
import { INVISIBLE_CHARACTERS } from '../boundary/article-schema.ts';

/** Unicode spaces that are not the plain U+0020 (no-break, en/em/thin spaces, ideographic). */
export const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** Drops zero-width and bidi control characters (U+200B-U+200D, U+2060-U+2064, U+FEFF, U+061C, U+200E/F, U+202A-E, U+2066-9). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE_CHARACTERS, '');
}

/** A one-line text with invisibles removed, odd spaces made plain, white space collapsed and trimmed. */
export function cleanLine(text: string): string {
  return stripInvisible(text).replace(ODD_SPACES, ' ').replace(/\s+/g, ' ').trim();
}
