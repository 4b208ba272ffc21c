/**
 * The direction a text reads in, decided as HTML's `dir="auto"` does: by its first strong character. Letters
 * of right-to-left scripts (`../words/rtl-scripts.ts`) make it `rtl`; any other letter makes it `ltr`;
 * digits, punctuation and spaces are passed over.
 */
import { RTL_LETTER } from '../words/rtl-scripts.ts';

/** `rtl` when the first letter of `text` belongs to a right-to-left script, else `ltr`. */
export function textDirection(text: string): 'rtl' | 'ltr' {
  const first = /\p{L}/u.exec(text)?.[0];
  return first !== undefined && RTL_LETTER.test(first) ? 'rtl' : 'ltr';
}
