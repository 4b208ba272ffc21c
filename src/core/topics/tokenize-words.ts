/**
 * Words for cue matching: lowercase, curly apostrophes straightened, hyphenated compounds split
 * (`face-to-face` → `face to face`, `28-point` → `28 point`), so that text and cue terms tokenise alike.
 */

/** One word of a sentence. */
export interface WordToken {
  /** The word, lowercase (`ukraine's`, `u.s`, `600,000`). */
  text: string;
  /** The word without a possessive ending (`ukraine`), or the word itself. */
  base: string;
  /** True when the word is written with a capital and is not the sentence's first word: a name. */
  capital: boolean;
  /** Start offset in the sentence text (UTF-16 units). */
  start: number;
  /** End offset (exclusive). */
  end: number;
}

/** Letters and digits, joined by inner apostrophes, dots or digit-group commas (`don't`, `u.s`, `11.30`). */
const word = /[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+|,(?=\p{N}{3})\p{N}+)*/gu;

/** Splits text into lowercase word tokens. */
export function tokenizeWords(text: string): WordToken[] {
  // One apostrophe for another keeps offsets; lowercasing each word afterwards keeps them too.
  const straight = text.replace(/[’‘`´]/gu, "'");
  // A word is a name only after the sentence's first character that is not a space, quote or bracket.
  const opening = straight.search(/[^\s“‘"'(]/u);
  const tokens: WordToken[] = [];
  // `exec` on the one global pattern: `matchAll` would copy the pattern for every sentence.
  word.lastIndex = 0;
  for (let match = word.exec(straight); match !== null; match = word.exec(straight)) {
    const found = match[0].toLowerCase();
    const base = found.endsWith("'s") ? found.slice(0, -2) : found;
    const capital = opening !== -1 && opening < match.index && /^\p{Lu}/u.test(match[0]);
    tokens.push({ text: found, base, capital, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
