/**
 * Regular-expression pieces for numbers in figures: an optional approximation word, a count in
 * figures or words, an optional scale word ("nearly 1.2 million", "some 600,000", "three").
 */
import { countPattern } from './parse-count.ts';
import { cardinals } from './words/number-words.ts';
import { qualifiers } from './words/function-words.ts';

const byLength = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');

/** Optional approximation word and its space; capture group 1 when used with `amountPattern`. */
export const qualifierPattern = `(?:(${byLength(qualifiers)})\\s+)?`;

/** A count with an optional spelled-out scale ("1.2 million", "600,000", "three", "2 billion"). */
export const amountPattern = `(?:${countPattern})(?:\\s+(?:million|billion|trillion|thousand))?`;

/** Word boundary before a number that is not glued to a letter or a hyphen ("F-16", "G7"). */
export const numberStart = '(?<![\\p{L}\\p{N}\\-.,/$€£])';

/** A digit: most sentences have none, and a rule that needs one can skip them without running its pattern. */
export const digit = /\d/;

/**
 * A cheap necessary condition for `numberStart` followed by a count (in figures or words): rules that
 * need a count test it first, so that the four in five sentences without one skip their long patterns.
 */
const countStart = new RegExp(`\\d|${numberStart}(?:${Object.keys(cardinals).join('|')})`, 'iu');

let lastText: string | null = null;
let lastAnswer = false;

/** `countStart` tested on a text; three rules ask in turn about the same sentence, so the last answer is kept. */
export function mayHoldCount(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastAnswer = countStart.test(text);
  }
  return lastAnswer;
}
