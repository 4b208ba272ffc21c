/**
 * A capital initial with a full stop (`John F. Kennedy`, `Donald J. Trump`) is not the end of
 * a sentence when a name-like word follows (after parse-latin's `mergeInitialWordsInSentence`).
 */
import { continuesName } from './merge-abbreviations.ts';
import { firstWord, mergeWhere } from './merge-where.ts';

const endsWithInitial = /(?:^|[\s(])\p{Lu}\.\s+$/u;

/** Joins a segment ending in a single capital initial to a following name-like segment. */
export function mergeInitials(segments: readonly string[]): string[] {
  return mergeWhere(segments, (previous, next) => endsWithInitial.test(previous) && continuesName(firstWord(next)));
}
