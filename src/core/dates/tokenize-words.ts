/**
 * Word and punctuation tokens with their offsets, for rules that look at the words around a
 * match (tense, units). Words keep inner apostrophes, dots, hyphens and commas between digits
 * (`there'll`, `11.30`, `Trump-Putin`, `600,000`), and dotted abbreviations stay whole
 * (`U.S.`, `U.S.-brokered`).
 */

/** One token of a sentence. */
export interface Token {
  /** The token as written. */
  text: string;
  /** Lowercase form, curly apostrophes made straight. */
  lower: string;
  /** Start offset in the sentence (UTF-16 units). */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** True for words and numbers, false for punctuation. */
  word: boolean;
}

const tokenPattern = /(?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+)*|\d+(?:[.,]\d+)+|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Splits a sentence into tokens. */
export function tokenizeWords(text: string): Token[] {
  const tokens: Token[] = [];
  // `exec` on the one global pattern: `matchAll` would copy the pattern for every sentence.
  tokenPattern.lastIndex = 0;
  for (let match = tokenPattern.exec(text); match !== null; match = tokenPattern.exec(text)) {
    const start = match.index;
    const raw = match[0];
    tokens.push({
      text: raw,
      lower: raw.toLowerCase().replaceAll('’', "'"),
      start,
      end: start + raw.length,
      word: /[\p{L}\p{N}]/u.test(raw),
    });
  }
  return tokens;
}

/** Index of the first token that ends after `offset`, or `tokens.length`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  const index = tokens.findIndex((token) => token.end > offset);
  return index === -1 ? tokens.length : index;
}
