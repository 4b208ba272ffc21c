/**
 * The segmenter ends a sentence at every full stop before a capital or a number; after an
 * abbreviation it usually must not (`U.S. Secretary`, `Nov. 27 talks`, `Gen. Syrskyi`).
 */
import { clockAbbreviations, nameAbbreviations, numberAbbreviations, prefixAbbreviations } from '../words/abbreviations.ts';
import { sentenceStarters } from '../words/sentence-starters.ts';
import { firstWord, lastWord, mergeWhere } from './merge-where.ts';

const prefixes = new Set(prefixAbbreviations);
const beforeNumbers = new Set(numberAbbreviations);
const inNames = new Set(nameAbbreviations);
const clocks = new Set(clockAbbreviations);
const starters = new Set(sentenceStarters);

/** True when a word looks like the continuation of a name rather than a new sentence. */
export function continuesName(word: string): boolean {
  const bare = word.replace(/[^\p{L}\p{N}'’-]/gu, '');
  if (/^\p{N}/u.test(bare)) return true;
  return /^\p{Lu}/u.test(bare) && !starters.has(bare.toLowerCase());
}

function shouldMerge(previous: string, next: string): boolean {
  const word = lastWord(previous).toLowerCase();
  const following = firstWord(next);
  if (prefixes.has(word)) return true;
  if (beforeNumbers.has(word)) return /^\p{N}/u.test(following);
  if (inNames.has(word)) return continuesName(following);
  if (clocks.has(word)) return /^(\(|\p{N}|\p{Lu}{2,5}\b)/u.test(next.trimStart());
  return false;
}

/** Joins a segment that ends in a known abbreviation to the segment after it. */
export function mergeAbbreviations(segments: readonly string[]): string[] {
  return mergeWhere(segments, shouldMerge);
}
