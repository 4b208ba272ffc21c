/**
 * Splits a sentence into word tokens with their offsets. Names are matched token by token,
 * so a token keeps what matching needs: the folded key, its case, whether it is possessive.
 */
import type { TextSentence } from '../stages.ts';
import { memoizeReading } from '../text/memoize-reading.ts';
import { foldName, stripPossessive } from './fold-name.ts';

/** One word of a sentence. */
export interface Token {
  /** The word as written (`Zelenskyy’s`, `U.S.`, `Trump-Putin`). */
  text: string;
  /** The word without a possessive ending (`Zelenskyy`). */
  base: string;
  /** Comparison key (`zelensky`). */
  norm: string;
  /** Start offset in the sentence (UTF-16 units). */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** Begins with a capital letter. */
  cap: boolean;
  /** Two or more letters, all capitals (`NATO`, `U.S.`). */
  upper: boolean;
  /** Ends in a possessive `'s`. */
  possessive: boolean;
}

/** Short abbreviations that keep their full stop inside a title or name (AP Stylebook "abbreviations"). */
const dottedAbbreviations = new Set(['sen', 'rep', 'gov', 'gen', 'lt', 'col', 'dr', 'mr', 'mrs', 'ms', 'st', 'jr', 'sr', 'maj', 'adm', 'sgt']);

const wordPattern = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;

/** What a token knows about its word alone, computed once per distinct word. */
type WordFacts = Pick<Token, 'base' | 'norm' | 'cap' | 'upper' | 'possessive'>;

const knownWords = new Map<string, WordFacts>();

function factsOf(word: string): WordFacts {
  let facts = knownWords.get(word);
  if (facts === undefined) {
    const base = stripPossessive(word);
    const letters = base.replace(/[^\p{L}]/gu, '');
    facts = {
      base,
      norm: foldName(word.endsWith('.') && !/\p{Lu}\.$/u.test(word) ? word.slice(0, -1) : word),
      cap: /^\p{Lu}/u.test(word),
      upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      possessive: base !== word,
    };
    knownWords.set(word, facts);
  }
  return facts;
}

/** Tokenises a sentence; punctuation and spaces fall between tokens. */
export function tokenizeSentence(text: string): Token[] {
  const tokens: Token[] = [];
  // `exec` on the one global pattern: `matchAll` would copy the pattern for every sentence.
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(text); match !== null; match = wordPattern.exec(text)) {
    let word = match[0];
    const start = match.index;
    if (text[start + word.length] === '.' && dottedAbbreviations.has(word.toLowerCase())) word += '.';
    const facts = factsOf(word);
    tokens.push({
      text: word,
      base: facts.base,
      norm: facts.norm,
      start,
      end: start + word.length,
      cap: facts.cap,
      upper: facts.upper,
      possessive: facts.possessive,
    });
  }
  return tokens;
}

/** The tokens of a sentence, made once for the participants and quotes stages alike. */
export const sentenceTokens: (sentence: TextSentence) => Token[] = memoizeReading((sentence: TextSentence) => tokenizeSentence(sentence.text));

/** True when only spaces separate two offsets of a text (a name may not run across punctuation). */
export function onlySpaceBetween(text: string, from: number, to: number): boolean {
  return /^\s+$/.test(text.slice(from, to));
}
