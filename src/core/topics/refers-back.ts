/**
 * Does a sentence only make sense with the one before it? (`Kyiv swiftly rejected the
 * conditions.`, `That is what we are committed to.`, `A couple of big ones remain.`)
 */
import { backOpeners, pronounFollowers, referringDeterminers, referringNouns } from './words/back-references.ts';

const alternatives = (words: readonly string[]): string => words.map((word) => word.replace(/\./gu, '\\.')).join('|');

const opener = new RegExp(`^[\\s“‘"'(\\[”]*(?:${alternatives(backOpeners)})\\b`, 'iu');
/** Either case for the first letter, so `This plan` matches while names stay capitalised. */
const capitalisable = (words: readonly string[]): string => words.map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`).join('|');
const referringPhrase = new RegExp(
  `\\b(?:(?:${capitalisable(referringDeterminers)})|\\p{Lu}[\\p{L}-]*'s)\\s+(?:${alternatives(referringNouns)})\\b`,
  'u',
);
/** `this` or `that` before a follower word, punctuation, or a closing mark written against it (`that "` opens a quote instead). */
const pronounThis = new RegExp(`\\b(?:this|that)(?:\\s+(?:${alternatives(pronounFollowers)})\\b|\\s*[,.;:!?)]|["”])`, 'iu');
const pronounOnes = /\bones\b/iu;

/** Names of the patterns that make `text` refer back, empty when it stands alone. */
export function backReferences(text: string): string[] {
  const plain = text.replace(/[’‘]/gu, "'");
  const found: string[] = [];
  if (opener.test(plain)) found.push('opener');
  if (referringPhrase.test(plain)) found.push('referring-noun');
  if (pronounThis.test(plain)) found.push('pronoun-this');
  if (pronounOnes.test(plain)) found.push('pronoun-ones');
  return found;
}

/** True when the sentence leans on the one before it. */
export function refersBack(text: string): boolean {
  return backReferences(text).length > 0;
}
