/**
 * The word lists as lookup sets, built once. Lists live in `words/`; this file only indexes them.
 */
import { calendarWords } from './words/calendar-words.ts';
import { commonCapitalised } from './words/common-capitalised.ts';
import { demonymPlurals, gazetteer } from '../reading/gazetteer.ts';
import { seatsOfGovernment, supranationalWords } from '../reading/words/country-short-forms.ts';
import { nonPersonWords, outlets } from './words/non-person-words.ts';
import { metonymPlaces, movementWords, otherPlaces, placePrepositions } from './words/places.ts';
import { complementStarters, relativePronouns, roleClauseAdverbs, roleClauseVerbs, rolePhraseStops } from './words/role-phrase-words.ts';
import { anonymousRoleNouns, relationalRoleNouns, roleNouns } from './words/role-nouns.ts';
import { honorifics, roleDeterminers, titleModifiers } from './words/title-modifiers.ts';
import { invertedSpeechVerbs, personalSpeechVerbs, speechAuxiliaries, speechVerbs } from './words/speech-verbs.ts';

/** Words that tie a title or a source to a country or body (`russian` → Russia, `kremlin` → Russia, `eu`), lowercase. */
const nationalities: Array<[string, string]> = [
  ...gazetteer.flatMap((country) => [
    ...country.demonyms.map((word): [string, string] => [word, country.name]),
    ...country.names.map((name): [string, string] => [name.toLowerCase(), country.name]),
    ...country.capitals.map((capital): [string, string] => [capital.toLowerCase(), country.name]),
  ]),
  ...seatsOfGovernment.map(([seat, country]): [string, string] => [seat, country]),
  ...supranationalWords.map(([word, body]): [string, string] => [word, body]),
];
const capitals = gazetteer.flatMap((country) => country.capitals.map((capital) => capital.toLowerCase()));
const countryNames = gazetteer.flatMap((country) => country.names.map((name) => name.toLowerCase()));

/** An office as words, and as written with single spaces. */
interface RoleSequence {
  words: string[];
  text: string;
}

const roleSequences: RoleSequence[] = roleNouns
  .map((noun) => noun.split(' '))
  .sort((a, b) => b.length - a.length)
  .map((words) => ({ words, text: words.join(' ') }));

/** The offices, longest first, by their last word and by every word they contain: only these can match there. */
const sequencesByLast = new Map<string, RoleSequence[]>();
const sequencesByWord = new Map<string, RoleSequence[]>();
for (const sequence of roleSequences) {
  const last = sequence.words[sequence.words.length - 1]!;
  sequencesByLast.set(last, [...(sequencesByLast.get(last) ?? []), sequence]);
  for (const word of new Set(sequence.words)) sequencesByWord.set(word, [...(sequencesByWord.get(word) ?? []), sequence]);
}

/** True when `sequence` is written in `words` from `from` on. */
function standsAt(sequence: readonly string[], words: readonly string[], from: number): boolean {
  if (from < 0 || from + sequence.length > words.length) return false;
  for (let k = 0; k < sequence.length; k += 1) if (words[from + k] !== sequence[k]) return false;
  return true;
}

/** Lookup sets over the word lists (all lowercase, folded). */
export const lexicon = {
  roleWords: new Set(roleNouns.flatMap((noun) => noun.split(' '))),
  titleModifiers: new Set(titleModifiers),
  honorifics: new Set(honorifics),
  roleDeterminers: new Set(roleDeterminers),
  relationalRoles: new Set(relationalRoleNouns),
  anonymousRoles: new Set(anonymousRoleNouns),
  // Keyed as words are read (`wordOf` drops a final full stop: `u.s`) and as written (`u.s.`).
  nationality: new Map(
    nationalities.flatMap(
      ([word, country]) =>
        (word.endsWith('.')
          ? [
              [word, country],
              [word.slice(0, -1), country],
            ]
          : [[word, country]]) as Array<[string, string]>,
    ),
  ),
  calendar: new Set(calendarWords),
  common: new Set([...commonCapitalised, ...demonymPlurals]),
  nonPerson: new Set(nonPersonWords),
  outlets: new Set(outlets),
  metonymPlaces: new Set([...metonymPlaces, ...capitals]),
  places: new Set([...metonymPlaces, ...capitals, ...countryNames, ...otherPlaces]),
  /** Country names, lowercase (`france`, `united kingdom`, `britain`). */
  countries: new Set(countryNames),
  placePrepositions: new Set(placePrepositions),
  movement: new Set(movementWords),
  speechVerbs: new Set(speechVerbs),
  speechAuxiliaries: new Set(speechAuxiliaries),
  personalSpeechVerbs: new Set(personalSpeechVerbs),
  invertedSpeechVerbs: new Set(invertedSpeechVerbs),
  complementStarters: new Set(complementStarters),
  relativePronouns: new Set(relativePronouns),
  rolePhraseStops: new Set(rolePhraseStops),
  roleClauseVerbs: new Set(roleClauseVerbs),
  roleClauseAdverbs: new Set(roleClauseAdverbs),
};

/**
 * The office a role phrase ends with, longest first (`U.S. Secretary of State` →
 * `secretary of state`, `Kremlin spokesman` → `spokesman`), or null when it ends with none.
 */
export function roleHead(words: string[]): string | null {
  const last = words[words.length - 1];
  if (last === undefined) return null;
  for (const sequence of sequencesByLast.get(last) ?? []) {
    if (standsAt(sequence.words, words, words.length - sequence.words.length)) return sequence.text;
  }
  return null;
}

/**
 * The office whose noun stands at `index` of a phrase: the longest office that covers that word
 * and ends there or runs on into what follows (`chief of staff`, `secretary of state`), or null.
 */
export function officeAt(words: string[], index: number): string | null {
  const word = words[index];
  if (word === undefined) return null;
  for (const sequence of sequencesByWord.get(word) ?? []) {
    for (let from = Math.max(0, index - sequence.words.length + 1); from <= index; from += 1) {
      if (standsAt(sequence.words, words, from)) return sequence.text;
    }
  }
  return null;
}

/** The words of a role or a name, lowercase and without possessive endings ("Russia's Foreign Ministry" → russia, foreign, ministry). */
export function roleWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/\s+/);
}

/** The countries a role phrase ties its holder to (`Russian Foreign Minister` → Russia). */
export function roleCountries(words: string[]): string[] {
  const countries: string[] = [];
  for (let k = 0; k < words.length; k += 1) {
    const two = `${words[k]} ${words[k + 1] ?? ''}`;
    const country = lexicon.nationality.get(two) ?? lexicon.nationality.get(words[k] ?? '');
    if (country !== undefined && !countries.includes(country)) countries.push(country);
  }
  return countries;
}
