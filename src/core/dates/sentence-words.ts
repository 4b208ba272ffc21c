/**
 * The words of a sentence, for the date rules' first tests: a rule that needs "within" or a weekday
 * looks its words up instead of scanning the text. Lowercase, also without a possessive ending
 * ("friday's" gives "friday"), and the parts of hyphenated words ("mid-november" gives "mid" and
 * "november"). A rule registers each word list it tests once, as a cue (`cue`); a sentence then
 * holds the cues its words give, as bits, so a first test is one bit test (`hasCue`). Capitalised
 * words give cues of their own, so "May" the month is told from "may" the verb. Worked out once per
 * distinct sentence text.
 */
import type { Token } from '../reading/tokenize.ts';
import { perSentenceText } from './per-sentence-text.ts';

/** A sentence's words, for lookups. */
export interface SentenceWords {
  /** Every word, lowercase. */
  all: ReadonlySet<string>;
  /** The cues its words give. */
  cues: number;
  /** The cues its capitalised words give. */
  capitalisedCues: number;
}

/** A registered word list, as a bit. */
export type Cue = number;

const bitsByWord = new Map<string, number>();
let registered = 0;

/** Registers a word list as a cue; at most 31 lists, registered when the rules load. */
export function cue(words: readonly string[]): Cue {
  if (registered >= 31) throw new Error('too many date cues');
  const bit = 1 << registered++;
  for (const word of words) bitsByWord.set(word, (bitsByWord.get(word) ?? 0) | bit);
  return bit;
}

/** True when the cues hold the cue. */
export function hasCue(cues: number, wanted: Cue): boolean {
  return (cues & wanted) !== 0;
}

/** Adds a word and its variants to the set; returns the cues they give. */
function add(set: Set<string>, lower: string): number {
  set.add(lower);
  let cues = bitsByWord.get(lower) ?? 0;
  if (lower.endsWith("'s")) {
    const bare = lower.slice(0, -2);
    set.add(bare);
    cues |= bitsByWord.get(bare) ?? 0;
  }
  if (lower.includes('-')) {
    for (const part of lower.split('-')) {
      set.add(part);
      cues |= bitsByWord.get(part) ?? 0;
    }
  }
  return cues;
}

/** The words of a token list. */
export const sentenceWords = perSentenceText((tokens: readonly Token[]): SentenceWords => {
  const all = new Set<string>();
  let cues = 0;
  let capitalisedCues = 0;
  for (const token of tokens) {
    if (!token.word) continue;
    const given = add(all, token.lower);
    cues |= given;
    if (token.cap) capitalisedCues |= given;
  }
  return { all, cues, capitalisedCues };
});
