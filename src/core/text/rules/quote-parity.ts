/**
 * Straight quote marks (`"`) do not say whether they open or close a quotation: count them.
 * In a paragraph, odd-numbered ones open and even-numbered ones close (the usual convention
 * of wire copy, where a quotation opens and closes within its paragraph).
 */

/** True when the `"` at `offset` of `text` is the 1st, 3rd, 5th ... straight quote mark. */
export function isOpeningStraightQuote(text: string, offset: number): boolean {
  let count = 0;
  for (let i = 0; i <= offset && i < text.length; i++) if (text[i] === '"') count++;
  return count % 2 === 1;
}
