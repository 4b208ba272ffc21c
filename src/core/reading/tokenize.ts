/**
 * The one tokeniser of the analysis: splits a sentence into word and punctuation tokens with their
 * offsets, once per distinct sentence text (see `read-articles.ts`). Every stage reads these tokens:
 * names are matched on `norm`, dates and figures read `lower` and the punctuation between words.
 * Words keep inner apostrophes, hyphens and commas between digits (`there'll`, `Trump-Putin`,
 * `600,000`); dotted abbreviations stay whole (`U.S.`, `U.S.-brokered`), and short title
 * abbreviations keep their full stop (`Sen.`, `Gen.`).
 */
import { foldCase, foldName, stripPossessive } from './fold-name.ts';
import { partitionPoint } from './partition-point.ts';

/** One token of a sentence. */
export interface Token {
  /** The token as written (`Zelenskyy’s`, `U.S.`, `Trump-Putin`, `,`). */
  text: string;
  /** Lowercase, curly apostrophes made straight (`zelenskyy's`). */
  lower: string;
  /** The word without a possessive ending (`Zelenskyy`). */
  base: string;
  /** Comparison key for names: case, diacritics, possessive and transliteration folded (`zelensky`). */
  norm: string;
  /** Key for word lists: lowercase, diacritics and possessive removed, no final full stop, spelling kept (`israeli`, `u.s`). */
  key: string;
  /** Start offset in the sentence (UTF-16 units). */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** True for words and numbers, false for punctuation. */
  word: boolean;
  /** Begins with a capital letter. */
  cap: boolean;
  /** Two or more letters, all capitals (`NATO`, `U.S.`). */
  upper: boolean;
  /** Ends in a possessive `'s`. */
  possessive: boolean;
}

/** Short abbreviations that keep their full stop inside a title or name (AP Stylebook "abbreviations"). */
const dottedAbbreviations = new Set([
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'jr',
  'sr',
  'maj',
  'adm',
  'sgt',
]);

/** Dotted abbreviations, numbers with separators, words (letters, marks, digits joined by apostrophes or hyphens), one punctuation character. */
const tokenPattern =
  /(?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+)*|\d+(?:[.,]\d+)+|[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** What a token knows about its text alone, computed once per distinct text. */
type TextFacts = Omit<Token, 'start' | 'end'>;

const known = new Map<string, TextFacts>();

function isWordText(raw: string): boolean {
  const code = raw.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return /[\p{L}\p{M}\p{N}]/u.test(raw);
}

function factsOf(text: string): TextFacts {
  let facts = known.get(text);
  if (facts === undefined) {
    const lower = text.toLowerCase();
    const word = isWordText(text);
    const base = word ? stripPossessive(text) : text;
    const letters = base.replace(/[^\p{L}]/gu, '');
    const key = word ? foldCase(base) : text;
    facts = {
      text,
      lower: lower.includes('’') ? lower.replaceAll('’', "'") : lower,
      base,
      norm: word ? foldName(text.endsWith('.') && !/\p{Lu}\.$/u.test(text) ? text.slice(0, -1) : text) : text,
      key: key.endsWith('.') ? key.slice(0, -1) : key,
      word,
      cap: /^\p{Lu}/u.test(text),
      upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      possessive: base !== text,
    };
    known.set(text, facts);
  }
  return facts;
}

/** Every token of a sentence, words and punctuation, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // `exec` on the one global pattern: `matchAll` would copy the pattern for every sentence.
  tokenPattern.lastIndex = 0;
  for (let match = tokenPattern.exec(text); match !== null; match = tokenPattern.exec(text)) {
    let raw = match[0];
    const start = match.index;
    if (text[start + raw.length] === '.' && dottedAbbreviations.has(raw.toLowerCase())) {
      raw += '.';
      tokenPattern.lastIndex += 1;
    }
    const facts = factsOf(raw);
    // Written out rather than spread: the same fields in the same order, without a copy loop per token.
    tokens.push({
      text: facts.text,
      lower: facts.lower,
      base: facts.base,
      norm: facts.norm,
      key: facts.key,
      word: facts.word,
      cap: facts.cap,
      upper: facts.upper,
      possessive: facts.possessive,
      start,
      end: start + raw.length,
    });
  }
  return tokens;
}

/** Index of the first token that ends after `offset`, or `tokens.length` (binary search: tokens are in text order). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return partitionPoint(tokens, (token) => token.end <= offset);
}

/** True for a UTF-16 unit that `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
function isSpaceUnit(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
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
