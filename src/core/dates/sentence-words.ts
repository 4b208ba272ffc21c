/**
 * The words of a sentence as a set, for the date rules' first tests: a rule that needs "within" or a
 * weekday looks its words up instead of scanning the text. Lowercase, also without a possessive
 * ending ("friday's" gives "friday"), and the parts of hyphenated words ("mid-november" gives "mid"
 * and "november"); `capitalised` holds the lowercase form of the words written with a capital, so
 * "May" the month is told from "may" the verb. Once per distinct sentence text.
 */
import type { Token } from '../reading/tokenize.ts';
import { perSentenceText } from './per-sentence-text.ts';

/** A sentence's words, for lookups. */
export interface SentenceWords {
  /** Every word, lowercase. */
  all: ReadonlySet<string>;
  /** The words written with a capital, lowercase. */
  capitalised: ReadonlySet<string>;
}

/** Adds a word and its variants. */
function add(set: Set<string>, lower: string): void {
  set.add(lower);
  if (lower.endsWith("'s")) set.add(lower.slice(0, -2));
  if (lower.includes('-')) for (const part of lower.split('-')) set.add(part);
}

/** The words of a token list. */
export const sentenceWords = perSentenceText((tokens: readonly Token[]): SentenceWords => {
  const all = new Set<string>();
  const capitalised = new Set<string>();
  for (const token of tokens) {
    if (!token.word) continue;
    add(all, token.lower);
    if (token.cap) add(capitalised, token.lower);
  }
  return { all, capitalised };
});

/** True when any of the words is in the set. */
export function hasAny(words: ReadonlySet<string>, list: readonly string[]): boolean {
  for (const word of list) if (words.has(word)) return true;
  return false;
}
