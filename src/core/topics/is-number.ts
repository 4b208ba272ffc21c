/**
 * The `@number` slot of a cue: a number in figures (`19`, `800,000`) or a cardinal in words up
 * to twenty (`two`, `twenty`).
 */
import { numberWords as numberWordList } from './words/number-words.ts';

const numberWords = new Set(numberWordList);

/** True for a number in figures or a cardinal in words up to twenty (lowercase words). */
export function isNumber(word: string): boolean {
  return /^\d[\d,.]*$/.test(word) || numberWords.has(word);
}
