/**
 * Reads the subject of a verb: who does the saying, deciding or refusing. The reader walks left from the verb over
 * auxiliaries, adverbs and short time adjuncts ("Trump on Monday told"), over an insertion set off by commas
 * ("Peskov, commenting on the reports, said"; "Putin, who ..."), to the noun phrase that ends there: a named
 * participant with the ones coordinated with it ("Both Trump and Zelenskiy said"), a pronoun, or an unnamed source
 * with its side ("a senior U.S. official", "Ukrainian officials", "a source from the European delegation").
 * Every walk is bounded (see the constants), so a long sentence costs no more per verb than a short one.
 */
import { lexicon } from '../participants/lexicon.ts';
import type { HolderSentence, WordMention } from './holder-sentence.ts';
import { between } from './holder-sentence.ts';
import {
  adjunctPrepositions,
  adverbs,
  auxiliaries,
  coordinators,
  determiners,
  negations,
  relativePronouns,
  sidePrepositions,
  subjectPronouns,
} from './words/clause-words.ts';
import { pureAdverbs } from './words/adverbs.ts';
import { besideNouns, documentNouns, unnamedSourceNouns } from './words/unnamed-sources.ts';

/** What a subject stands for: participants, or a pronoun still to resolve. `first` is its first word. */
export type Subject =
  | { kind: 'named'; ids: string[]; first: number; last: number }
  | { kind: 'pronoun'; refers: 'male' | 'female' | 'plural' | 'speaker' | 'thing'; first: number; last: number };

/** What the reader needs to know beyond the sentence. */
export interface SubjectContext {
  /** The participant a nationality or side word stands for (`ukrainian` → `ukraine`), or null. */
  sideOf: (word: string) => string | null;
}

/** Most words stepped over between a subject and its verb (auxiliaries, adverbs, a time adjunct). */
const maxGap = 6;
/** Most words in an insertion set off by commas. */
const maxInsertion = 24;
/** Most words read left of an unnamed source's head noun, and right of it for its side. */
const maxModifiers = 5;
const maxSide = 6;

const skippable = new Set([...auxiliaries, ...negations, ...adverbs, ...pureAdverbs]);
const pronouns = new Map(subjectPronouns);
const unnamed = new Set([...unnamedSourceNouns, ...documentNouns]);
const beside = new Set(besideNouns);
const sides = new Set(sidePrepositions);
const relatives = new Set(relativePronouns);
const coordinating = new Set(coordinators);
const modifiers = new Set(determiners);
const adjuncts = new Set(adjunctPrepositions);
const prepositions = new Set([
  'for',
  'of',
  'to',
  'with',
  'in',
  'on',
  'at',
  'from',
  'by',
  'against',
  'about',
  'between',
  'among',
  'into',
  'over',
  'under',
  'toward',
  'towards',
  'than',
  'without',
  'near',
]);
const quantifiers = new Set(['any', 'some', 'no', 'all', 'every', 'each', 'such', 'other', 'many', 'most', 'few']);
/** Adjectives that, before a name, make it a modifier of the noun after it ("further US sanctions", "new EU measures"). */
const compoundAdjectives = new Set([
  'further',
  'new',
  'fresh',
  'additional',
  'more',
  'tougher',
  'harsher',
  'stricter',
  'possible',
  'potential',
  'existing',
  'previous',
  'secondary',
]);

/** Words of time that a short adjunct is made of ("on Monday", "late on Friday", "on Nov. 25", "last week"). */
function isTimeWord(word: string): boolean {
  return (
    lexicon.calendar.has(word) ||
    /^\d{1,4}(?:st|nd|rd|th)?$/.test(word) ||
    ['week', 'weekend', 'month', 'year', 'day', 'morning', 'evening', 'night', 'afternoon'].includes(word)
  );
}

/** A clause boundary in the text between two words: no subject is read across it. */
function isBoundary(text: string): boolean {
  return /[;:!?()[\]—–"“”]|\.\s/.test(text) || /\s-\s/.test(text);
}

/** A member of a list: the participant it names and its first word. */
type ListMember = { id: string; first: number } | null;

/**
 * Walks back from the list member that opens at `first` over the members coordinated before it ("A, B and C",
 * "A and the B"), reading each with `memberAt` (the member that ends at a word, or null), and adds their ids before
 * `ids`. Returns where the list opens.
 */
function listBefore(sentence: HolderSentence, first: number, ids: string[], memberAt: (end: number) => ListMember): number {
  let list = false;
  for (let guard = 0; guard < 8 && first > 0; guard += 1) {
    // A conjunct may open with "the" ("Hungary, Slovakia and the Czech Republic").
    const joiner = sentence.lower[first - 1] === 'the' && first > 1 ? first - 2 : first - 1;
    let end: number;
    if (coordinating.has(sentence.lower[joiner]!)) {
      end = joiner - 1;
      list = true;
      // "and", with at most a comma before it.
      if (end >= 0 && !/^\s*,?\s*$/.test(between(sentence, end, joiner))) break;
    } else if (list && between(sentence, joiner, first).trim() === ',') {
      end = joiner;
    } else break;
    const member = end >= 0 ? memberAt(end) : null;
    if (!member) break;
    if (!ids.includes(member.id)) ids.unshift(member.id);
    first = member.first;
  }
  return first;
}

/**
 * The participants a named subject phrase stands for, with those coordinated before it ("A, B and C", "Both A and B",
 * "A and the B").
 */
export function coordinated(sentence: HolderSentence, entry: WordMention): Subject {
  const ids = [entry.mention.participant];
  let first = listBefore(sentence, entry.first, ids, (end) => {
    const previous = sentence.mentionsAt[end]?.[0];
    return previous && previous.last === end && !sentence.quoted[end] ? { id: previous.mention.participant, first: previous.first } : null;
  });
  if (first > 0 && sentence.lower[first - 1] === 'both') first -= 1;
  return { kind: 'named', ids, first, last: entry.last };
}

/**
 * The sides named before the one that modifies an unnamed source, in a list ("U.S., Ukrainian, and European
 * officials", "Russian and Ukrainian negotiators"): each speaks. A member is a name or a nationality word.
 */
function modifierList(sentence: HolderSentence, subject: Subject & { kind: 'named' }, context: SubjectContext): Subject {
  const ids = [...subject.ids];
  const first = listBefore(sentence, subject.first, ids, (end) => {
    const entry = sentence.mentionsAt[end]?.[0];
    if (entry && entry.last === end) return { id: entry.mention.participant, first: entry.first };
    const side = context.sideOf(sentence.lower[end]!);
    return side ? { id: side, first: end } : null;
  });
  return { ...subject, ids, first };
}

/** The side an unnamed source speaks for, read around its head noun at `head`, or null. */
function unnamedSide(sentence: HolderSentence, head: number, context: SubjectContext): Subject | null {
  for (let k = head - 1; k >= 0 && head - k <= maxModifiers; k -= 1) {
    if (between(sentence, k, k + 1).trim() !== '') break;
    // "Ukraine's allies", "Ukraine allies" speak beside Ukraine, not for it: no side of their own. A place's name
    // before them says whose allies they are; a demonym still gives their side ("European allies").
    if ((sentence.words[k]!.possessive || lexicon.places.has(sentence.lower[k]!)) && beside.has(sentence.lower[head]!)) return null;
    const entry = sentence.mentionsAt[k]?.[0];
    if (entry) return modifierList(sentence, { kind: 'named', ids: [entry.mention.participant], first: entry.first, last: head }, context);
    const side = context.sideOf(sentence.lower[k]!);
    if (side) return modifierList(sentence, { kind: 'named', ids: [side], first: k, last: head }, context);
    // A source noun may modify the head ("a U.S. administration official", "a Kremlin delegation source").
    if (!modifiers.has(sentence.lower[k]!) && !/ly$/.test(sentence.lower[k]!) && !unnamed.has(sentence.lower[k]!)) break;
  }
  const next = sentence.lower[head + 1];
  if (next !== undefined && sides.has(next)) {
    for (let k = head + 2; k < sentence.words.length && k - head <= maxSide; k += 1) {
      if (isBoundary(between(sentence, k - 1, k)) || between(sentence, k - 1, k).includes(',')) break;
      const entry = sentence.mentionsAt[k]?.[0];
      if (entry) return { kind: 'named', ids: [entry.mention.participant], first: head, last: entry.last };
      const side = context.sideOf(sentence.lower[k]!);
      if (side) return { kind: 'named', ids: [side], first: head, last: k };
    }
  }
  return null;
}

/** The noun phrase that ends at word `k`: a named participant, a pronoun or an unnamed source; null when none. */
export function phraseEndingAt(sentence: HolderSentence, k: number, context: SubjectContext): Subject | null {
  if (sentence.quoted[k]) return null;
  const entry = sentence.mentionsAt[k]?.[0];
  if (entry && entry.last === k) {
    // "any NATO forces", "some European capitals", "further US sanctions": a name after a quantifier or such an
    // adjective modifies the noun that follows it.
    const opener = entry.first > 0 ? sentence.lower[entry.first - 1]! : '';
    if (quantifiers.has(opener) || compoundAdjectives.has(opener)) return null;
    const subject = coordinated(sentence, entry);
    // "U.S., Ukrainian, and European officials": a group named by a nationality word may follow others in a list.
    const demonym = entry.last > entry.first && context.sideOf(sentence.lower[entry.first]!) !== null;
    return demonym && subject.kind === 'named' && subject.first === entry.first ? modifierList(sentence, subject, context) : subject;
  }
  const word = sentence.lower[k]!;
  const refers = pronouns.get(word);
  if (refers) return { kind: 'pronoun', refers, first: k, last: k };
  if (unnamed.has(word)) return unnamedSide(sentence, k, context);
  return null;
}

/** An unnamed source whose side ends at word `k` ("officials in Kyiv", "a source from the European delegation"). */
function unnamedHeadBefore(sentence: HolderSentence, k: number, context: SubjectContext): Subject | null {
  for (let j = k - 1; j > 0 && k - j <= 4; j -= 1) {
    if (between(sentence, j, j + 1).trim() !== '') return null;
    if (!sides.has(sentence.lower[j]!)) continue;
    if (!unnamed.has(sentence.lower[j - 1]!)) return null;
    const subject = unnamedSide(sentence, j - 1, context);
    return subject !== null && subject.last <= k ? subject : null;
  }
  return null;
}

/** The first word of an insertion that ends at word `close` and is set off by commas, or -1. */
function insertionStart(sentence: HolderSentence, close: number): number {
  for (let k = close; k > 0 && close - k < maxInsertion; k -= 1) {
    const gap = between(sentence, k - 1, k);
    if (isBoundary(gap) || sentence.quoted[k]) return -1;
    if (gap.includes(',')) return k;
  }
  return -1;
}

/** Words that open an apposition after a name ("Yermak, the head of Zelenskyy's office,"). */
const appositionOpeners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'who', 'which', 'whose', 'one', 'former']);

/** Most insertions set off by commas that the reader steps over ("Yermak, the head of his office, who led the team, said"). */
const maxInsertions = 2;

/**
 * The phrase that ends at `k`, unless `k` closes an apposition after a person's name ("Yermak, the head of
 * Zelenskyy's office, said"): then the person, not the office the apposition names.
 */
function subjectEndingAt(sentence: HolderSentence, k: number, context: SubjectContext): Subject | null {
  const open = insertionStart(sentence, k);
  if (open > 0 && appositionOpeners.has(sentence.lower[open]!)) {
    const person = sentence.mentionsAt[open - 1]?.[0];
    if (person && person.last === open - 1) return coordinated(sentence, person);
  }
  return phraseEndingAt(sentence, k, context);
}

/** The subject of the verb at word `verb`, read leftwards; null when the verb has none in reach. */
export function readSubjectBefore(sentence: HolderSentence, verb: number, context: SubjectContext): Subject | null {
  let k = verb - 1;
  let gap = 0;
  let insertions = 0;
  let afterTime = false;
  let stepped = false;
  while (k >= 0 && gap <= maxGap) {
    const text = between(sentence, k, k + 1);
    if (isBoundary(text) || sentence.quoted[k]) return null;
    if (text.includes(',') && !stepped) {
      // "X, <insertion>, said": the subject ends before the insertion; "The EU's chief, Kaja Kallas, said": the insertion is the name.
      const open = insertionStart(sentence, k);
      if (open <= 0 || insertions >= maxInsertions) return null;
      const named = sentence.mentionsAt[open]?.[0];
      if (named && named.first === open && named.last === k) return coordinated(sentence, named);
      insertions += 1;
      k = open - 1;
      gap = 0;
      stepped = true;
      continue;
    }
    stepped = false;
    const phrase = subjectEndingAt(sentence, k, context);
    if (phrase) {
      // "guarantees for Ukraine needed": a name after a preposition is not the subject, unless it is an unnamed source's side.
      const before = phrase.first > 0 ? sentence.lower[phrase.first - 1]! : '';
      if (phrase.kind === 'named' && prepositions.has(before) && phrase.first === (sentence.mentionsAt[phrase.first]?.[0]?.first ?? -1)) {
        const head = phrase.first - 2;
        return head >= 0 && unnamed.has(sentence.lower[head]!) ? phrase : null;
      }
      return phrase;
    }
    const word = sentence.lower[k]!;
    const sourceWithSide = unnamedHeadBefore(sentence, k, context);
    if (sourceWithSide) return sourceWithSide;
    if (relatives.has(word) && between(sentence, k - 1, k).includes(',')) {
      return k > 0 ? phraseEndingAt(sentence, k - 1, context) : null;
    }
    if (skippable.has(word) || word.endsWith('ly')) {
      k -= 1;
      gap += 1;
      continue;
    }
    if (isTimeWord(word) || (/^\d/.test(word) && afterTime)) {
      afterTime = true;
      k -= 1;
      gap += 1;
      continue;
    }
    if (afterTime && adjuncts.has(word)) {
      k -= 1;
      gap += 1;
      continue;
    }
    return null;
  }
  return null;
}
