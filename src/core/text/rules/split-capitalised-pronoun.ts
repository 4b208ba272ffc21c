/**
 * Live transcripts sometimes drop a full stop (`... and John Ratcliffe We look forward`).
 * A capitalised subject pronoun in mid-sentence, before a lowercase word, starts a new sentence.
 */
import { capitalisedPronouns } from '../words/sentence-starters.ts';
import { splitWhere } from './merge-where.ts';

const pronounStart = new RegExp(`(?<=[\\p{L}\\p{N}] )(?:${capitalisedPronouns.join('|')}) (?=\\p{Ll})`, 'gu');

/** A cheap test that skips the lookbehind search for most segments. */
const quickCheck = new RegExp(` (?:${capitalisedPronouns.join('|')}) `, 'u');

/** Splits before a capitalised pronoun that follows a word without punctuation. */
export function splitCapitalisedPronoun(segments: readonly string[]): string[] {
  return splitWhere(segments, (segment) => (quickCheck.test(segment) ? [...segment.matchAll(pronounStart)].map((m) => m.index) : []));
}
