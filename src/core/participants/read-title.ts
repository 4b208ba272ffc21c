/**
 * Reads the title written before a name ("U.S. Secretary of State Marco Rubio", "Ukraine's
 * chief negotiator Rustem Umerov", "Kremlin spokesman Dmitry Peskov"). Role phrases set off by
 * commas are read in `read-role-phrase.ts`.
 */
import type { SentenceReading } from '../reading/read-articles.ts';
import { lexicon, roleHead } from './lexicon.ts';
import { onlySpaceBetween, type Token } from '../reading/tokenize.ts';

/** A role phrase found next to a name. */
export interface TitleReading {
  /** Index of the first token of the phrase. */
  first: number;
  /** The phrase as written (`U.S. Secretary of State`). */
  role: string;
  /** The office it names (`secretary of state`), or `who` for a relative clause. */
  head: string;
}

/** Tells whether a token belongs to a named body or country already resolved (`Kremlin`, `U.S.`). */
export type EntityTest = (token: Token) => boolean;

/** Bare key of a token for the word lists (`Sen.` → `sen`, `Israeli's` → `israeli`): spelling kept, unlike a name's fold. */
export function wordOf(token: Token): string {
  return token.key;
}

/** A word that may stand inside a title: an office, a modifier, a nationality, a possessive name, or a named body. */
export function isTitleWord(token: Token, isEntity: EntityTest): boolean {
  const word = wordOf(token);
  if (token.cap && token.possessive) return true;
  return (
    lexicon.roleWords.has(word) ||
    lexicon.titleModifiers.has(word) ||
    lexicon.nationality.has(word) ||
    word === 'of' ||
    word === 'the' ||
    isEntity(token)
  );
}

/** Names the office of tokens `first..last` (function words trimmed off the front); null when they end with none. */
function toReading(view: SentenceReading, first: number, last: number): TitleReading | null {
  while (first <= last && ['of', 'the'].includes(wordOf(view.words[first]!))) first += 1;
  if (first > last) return null;
  const head = roleHead(view.words.slice(first, last + 1).map(wordOf));
  if (head === null) return null;
  return { first, role: view.sentence.text.slice(view.words[first]!.start, view.words[last]!.end), head };
}

/** The title right before the token at `nameFirst`, or null. */
export function readTitle(view: SentenceReading, nameFirst: number, isEntity: EntityTest): TitleReading | null {
  const { words: tokens, sentence } = view;
  // "Prime Minister Sir Keir Starmer": the honorific joins the mention but not the role.
  let end = nameFirst;
  while (
    end > 0 &&
    lexicon.honorifics.has(wordOf(tokens[end - 1]!)) &&
    tokens[end - 1]!.cap &&
    onlySpaceBetween(sentence.text, tokens[end - 1]!.end, tokens[end]!.start)
  )
    end -= 1;
  let first = end;
  for (let k = end - 1; k >= 0; k -= 1) {
    const token = tokens[k]!;
    if (!onlySpaceBetween(sentence.text, token.end, tokens[k + 1]!.start) || !isTitleWord(token, isEntity)) break;
    first = k;
    if (token.possessive) break;
  }
  return first === end ? null : toReading(view, first, end - 1);
}
