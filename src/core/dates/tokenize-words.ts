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

/**
 * True when a token is a word or number: every alternative of the pattern but the last starts
 * with a letter or digit, and the last is one character that is neither.
 */
function isWordToken(raw: string): boolean {
  const code = raw.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return /[\p{L}\p{N}]/u.test(raw);
}

/** Splits a sentence into tokens. */
export function tokenizeWords(text: string): Token[] {
  const tokens: Token[] = [];
  // `exec` on the one global pattern: `matchAll` would copy the pattern for every sentence.
  tokenPattern.lastIndex = 0;
  for (let match = tokenPattern.exec(text); match !== null; match = tokenPattern.exec(text)) {
    const start = match.index;
    const raw = match[0];
    const lower = raw.toLowerCase();
    tokens.push({
      text: raw,
      lower: lower.includes('’') ? lower.replaceAll('’', "'") : lower,
      start,
      end: start + raw.length,
      word: isWordToken(raw),
    });
  }
  return tokens;
}

/** Index of the first token that ends after `offset`, or `tokens.length`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  const index = tokens.findIndex((token) => token.end > offset);
  return index === -1 ? tokens.length : index;
}
