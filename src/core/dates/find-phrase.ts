/**
 * Finds the first of a list of word phrases in a sentence's tokens ("before that", "came as"),
 * looking each token up by its word: linear in the tokens, times the few phrases that start with it.
 */
import type { Token } from '../reading/tokenize.ts';

/** Indices [first, last] of the phrase's tokens. */
export type TokenRange = readonly [number, number];

/** A matcher for a list of lowercase phrases. */
export function phraseFinder(phrases: readonly string[]): (tokens: readonly Token[], from?: number) => TokenRange | null {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), words]);
  }
  return (tokens, from = 0) => {
    for (let i = from; i < tokens.length; i++) {
      for (const words of byFirst.get(tokens[i]!.lower) ?? []) {
        if (words.every((word, k) => tokens[i + k]?.lower === word)) return [i, i + words.length - 1];
      }
    }
    return null;
  };
}
