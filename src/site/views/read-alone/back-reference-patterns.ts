/**
 * Patterns for sentences that lean on the one before, over the analysis's own cohesion word lists
 * (`src/core/topics/words/back-references.ts`, after Halliday & Hasan). Stricter than the topic stage's reading:
 * a line shown alone brings its predecessor only when that predecessor is what it points back to.
 */
import { backOpeners, pronounFollowers, referringDeterminers, referringNouns } from '../../../core/topics/words/back-references.ts';

const alternatives = (words: readonly string[]): string => words.map((word) => word.replace(/\./g, '\\.')).join('|');
const plain = (text: string): string => text.replace(/[’‘]/gu, "'");

/** `But ...`, `That is what ...`, `It's ...`: an opener that continues or points back. */
const opener = new RegExp(`^[\\s“‘"'(\\[”]*(?:${alternatives(backOpeners)})\\b`, 'iu');
/** `the conditions`, `this plan`: a determiner before a general noun, the noun captured. */
const referringPhrase = new RegExp(`\\b(?:${alternatives(referringDeterminers)})\\s+(${alternatives(referringNouns)})\\b`, 'giu');
/** `this` as a pronoun (`confirmed this today`, `stated this clearly`); `that` is left out, as it mostly opens a clause. */
const pronounThis = new RegExp(`\\bthis(?:\\s+(?:${alternatives(pronounFollowers)})\\b|\\s*[,.;:!?)]|["”])`, 'iu');

export function opensWithBackReference(text: string): boolean {
  return opener.test(plain(text));
}

/** The general nouns a sentence points back to with a determiner (`conditions` in `rejected the conditions`). */
export function referringNounsIn(text: string): string[] {
  return [...plain(text).matchAll(referringPhrase)].map((match) => (match[1] ?? '').toLowerCase());
}

/** True when `text` names `noun` or its singular or plural. */
export function namesNoun(text: string, noun: string): boolean {
  const stem = noun.replace(/s$/u, '');
  return new RegExp(`\\b${stem}s?\\b`, 'iu').test(text);
}

export function pointsWithThis(text: string): boolean {
  return pronounThis.test(plain(text));
}
