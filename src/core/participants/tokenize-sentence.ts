/**
 * Splits a sentence into word tokens with their offsets. Names are matched token by token,
 * so a token keeps what matching needs: the folded key, its case, whether it is possessive.
 */
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

/** True for a UTF-16 unit that `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
function isSpaceUnit(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * True when only spaces separate two offsets of a text (a name may not run across punctuation):
 * `/^\s+$/` on the slice, read in place because it runs for nearly every pair of tokens.
 */
export function onlySpaceBetween(text: string, from: number, to: number): boolean {
  // Offsets as `slice` reads them: a negative one counts from the end.
  const start = from < 0 ? Math.max(text.length + from, 0) : Math.min(from, text.length);
  const end = to < 0 ? Math.max(text.length + to, 0) : Math.min(to, text.length);
  if (start >= end) return false;
  for (let i = start; i < end; i++) if (!isSpaceUnit(text.charCodeAt(i))) return false;
  return true;
}
