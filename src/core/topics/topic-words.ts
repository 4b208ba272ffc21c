/**
 * Words for cue matching, derived from the shared reading of a sentence: lowercase, curly apostrophes
 * straightened, a final full stop dropped (`u.s`), hyphenated compounds split (`face-to-face` → `face to face`,
 * `28-point` → `28 point`), so that text and cue terms read alike.
 */
import { tokenize, type Token } from '../reading/tokenize.ts';

/** One word of a sentence. */
export interface WordToken {
  /** The word, lowercase (`ukraine's`, `u.s`, `600,000`). */
  text: string;
  /** The word without a possessive ending (`ukraine`), or the word itself. */
  base: string;
  /** True when the word is written with a capital and is not the sentence's first word: a name. */
  capital: boolean;
  /**
   * True when the word is part of a name that ends in a possessive (`President`, `Donald` and `Trump's` in "President
   * Donald Trump's plan"): the name owns what follows, so it is not the one met, hosted or received.
   */
  owner: boolean;
  /** Start offset in the sentence text (UTF-16 units). */
  start: number;
  /** End offset (exclusive). */
  end: number;
}

/** The cue-matching words of a sentence's word tokens. */
export function topicWords(words: readonly Token[]): WordToken[] {
  const out: WordToken[] = [];
  words.forEach((token, index) => {
    const lower = token.lower.endsWith('.') ? token.lower.slice(0, -1) : token.lower;
    let offset = token.start;
    const parts = lower.includes('-') || lower.includes('‐') ? lower.split(/[-‐]/u) : [lower];
    for (const part of parts) {
      if (part !== '') {
        const base = part.endsWith("'s") ? part.slice(0, -2) : part;
        // Lowercasing keeps lengths here: the written part starts at the same place in the token.
        const written = token.text.slice(offset - token.start, offset - token.start + part.length);
        const capital = index > 0 && /^\p{Lu}/u.test(written);
        out.push({ text: part, base, capital, owner: false, start: offset, end: offset + part.length });
      }
      offset += part.length + 1;
    }
  });
  markOwners(out);
  return out;
}

/** Marks the words of every run of capitalised words whose last word is a possessive. */
function markOwners(words: WordToken[]): void {
  let first = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!word.capital) {
      first = i + 1;
      continue;
    }
    if (word.base !== word.text) for (let k = first; k <= i; k++) words[k]!.owner = true;
  }
}

/** The cue-matching words of a text (for cue terms and tests): tokenised as sentences are. */
export function tokenizeWords(text: string): WordToken[] {
  return topicWords(tokenize(text).filter((token) => token.word));
}
