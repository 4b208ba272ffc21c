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
        out.push({ text: part, base, capital: index > 0 && /^\p{Lu}/u.test(written), start: offset, end: offset + part.length });
      }
      offset += part.length + 1;
    }
  });
  return out;
}

/** The cue-matching words of a text (for cue terms and tests): tokenised as sentences are. */
export function tokenizeWords(text: string): WordToken[] {
  return topicWords(tokenize(text).filter((token) => token.word));
}
