/**
 * Reads a role phrase as a small noun phrase: an optional determiner, modifiers, an office noun
 * at a boundary, and an optional complement ("the head of Zelenskyy's office", "a senior fellow
 * at Chatham House", "Ukraine's parliamentary human rights commissioner"). Used for the role set
 * after a name and for the title set off before it by a comma ("Its prime minister, Bart De Wever,").
 */
import type { SentenceReading } from '../reading/read-articles.ts';
import { lexicon, officeAt } from './lexicon.ts';
import { wordOf, type TitleReading } from './read-title.ts';
import { onlySpaceBetween, type Token } from '../reading/tokenize.ts';

/** Most words before the office noun, and in its complement. */
const maxModifiers = 6;
const maxComplement = 12;

/** A role phrase and the last token it covers. */
export interface RolePhrase extends TitleReading {
  /** Index of its last token. */
  last: number;
}

const joined = (view: SentenceReading, k: number): boolean =>
  onlySpaceBetween(view.sentence.text, view.words[k - 1]!.end, view.words[k]!.start);

/** True when `word` ends the words before an office: a clause word, a preposition or a speech verb. */
function stops(token: Token): boolean {
  const word = wordOf(token);
  return (
    lexicon.rolePhraseStops.has(word) ||
    lexicon.complementStarters.has(word) ||
    lexicon.relativePronouns.has(word) ||
    lexicon.speechVerbs.has(word) ||
    lexicon.placePrepositions.has(word)
  );
}

/** The complement after `of`/`at`/...: up to punctuation or a relative pronoun; its last token, or -1. */
function complementEnd(view: SentenceReading, starter: number): number {
  let last = -1;
  for (let k = starter + 1; k < view.words.length && k - starter <= maxComplement; k += 1) {
    const word = wordOf(view.words[k]!);
    if (!joined(view, k) || lexicon.relativePronouns.has(word) || lexicon.speechVerbs.has(word)) break;
    last = k;
  }
  return last;
}

/** The role phrase that starts at token `from`, or null when no office noun heads it at a boundary. */
export function readRolePhrase(view: SentenceReading, from: number): RolePhrase | null {
  const { words: tokens } = view;
  let first = from;
  if (tokens[first] && lexicon.roleDeterminers.has(wordOf(tokens[first]!))) first += 1;
  let end = first;
  while (tokens[end] && end - first < maxModifiers && (end === from || joined(view, end)) && !stops(tokens[end]!)) end += 1;
  const head = end - 1;
  if (head < first) return null;
  const words = tokens.slice(first, end + 4).map(wordOf);
  const office = officeAt(words, head - first);
  if (office === null) return null;
  const next = tokens[end];
  let last = head;
  if (next && joined(view, end)) {
    const word = wordOf(next);
    if (lexicon.complementStarters.has(word)) last = Math.max(head, complementEnd(view, end));
    else if (!lexicon.relativePronouns.has(word)) return null; // "Putin, the US president said ...": a new clause
  }
  // An office that runs into the complement ("secretary of state") must be covered whole.
  last = Math.max(last, first + officeEnd(words, head - first, office));
  return { first, last, role: view.sentence.text.slice(tokens[first]!.start, tokens[last]!.end), head: office };
}

/** Index (in `words`) of the last word of `office` where it covers `index`. */
function officeEnd(words: string[], index: number, office: string): number {
  const sequence = office.split(' ');
  for (let from = Math.max(0, index - sequence.length + 1); from <= index; from += 1) {
    if (sequence.every((word, k) => words[from + k] === word)) return from + sequence.length - 1;
  }
  return index;
}

/** The role phrase after a name and a comma (`, the secretary of state`, `, who served on ...`), or null. */
export function readApposition(view: SentenceReading, nameLast: number): TitleReading | null {
  const { words: tokens, sentence } = view;
  const next = tokens[nameLast + 1];
  if (!next || !/^\s*,\s*$/.test(sentence.text.slice(tokens[nameLast]!.end, next.start))) return null;
  if (wordOf(next) === 'who') {
    const rest = sentence.text.slice(next.end);
    // The clause ends at a comma, a dash or bracket, or a full stop that is not an abbreviation's (U.S.).
    const stop = rest.search(/[,;:—–()]|\s-\s|(?<!\b\p{Lu})\.(?!\p{Lu}\.)/u);
    const clause = (stop < 0 ? rest : rest.slice(0, stop)).trim();
    if (clause === '' || clause.split(/\s+/).length > 16) return null;
    return { first: nameLast + 1, role: clause, head: 'who' };
  }
  return readRolePhrase(view, nameLast + 1);
}

/**
 * The title set off by a comma right before a name ("The EU's foreign policy chief, Kaja Kallas,
 * said"): the phrase must start at a determiner, a possessive or a boundary and end at the comma.
 */
export function readTitleBeforeComma(view: SentenceReading, nameFirst: number): RolePhrase | null {
  const { words: tokens, sentence } = view;
  const comma = nameFirst - 1;
  if (comma < 0 || !/^\s*,\s*$/.test(sentence.text.slice(tokens[comma]!.end, tokens[nameFirst]!.start))) return null;
  for (let start = comma; start >= 0 && comma - start <= maxModifiers + 1; start -= 1) {
    const token = tokens[start]!;
    const bounded = start === 0 || !joined(view, start) || lexicon.roleDeterminers.has(wordOf(token)) || (token.cap && token.possessive);
    if (bounded) {
      const phrase = readRolePhrase(view, start);
      if (phrase && phrase.last === comma) return phrase;
    }
    if (start > 0 && !joined(view, start)) break;
  }
  return null;
}
