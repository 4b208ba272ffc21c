/**
 * The word lists as lookup sets, built once. Lists live in `words/`; this file only indexes them.
 */
import { calendarWords } from './words/calendar-words.ts';
import { commonCapitalised } from './words/common-capitalised.ts';
import { nationalities } from './words/nationalities.ts';
import { nonPersonWords, outlets } from './words/non-person-words.ts';
import { metonymPlaces, movementWords, otherPlaces, placePrepositions } from './words/places.ts';
import { complementStarters, relativePronouns, roleClauseAdverbs, roleClauseVerbs, rolePhraseStops } from './words/role-phrase-words.ts';
import { anonymousRoleNouns, relationalRoleNouns, roleNouns } from './words/role-nouns.ts';
import { honorifics, roleDeterminers, titleModifiers } from './words/title-modifiers.ts';
import { invertedSpeechVerbs, personalSpeechVerbs, speechAuxiliaries, speechVerbs } from './words/speech-verbs.ts';

const roleSequences = roleNouns.map((noun) => noun.split(' ')).sort((a, b) => b.length - a.length);

/** Lookup sets over the word lists (all lowercase, folded). */
export const lexicon = {
  roleWords: new Set(roleNouns.flatMap((noun) => noun.split(' '))),
  titleModifiers: new Set(titleModifiers),
  honorifics: new Set(honorifics),
  roleDeterminers: new Set(roleDeterminers),
  relationalRoles: new Set(relationalRoleNouns),
  anonymousRoles: new Set(anonymousRoleNouns),
  nationality: new Map(nationalities),
  calendar: new Set(calendarWords),
  common: new Set(commonCapitalised),
  nonPerson: new Set(nonPersonWords),
  outlets: new Set(outlets),
  metonymPlaces: new Set(metonymPlaces),
  places: new Set([...metonymPlaces, ...otherPlaces]),
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
  for (const sequence of roleSequences) {
    const from = words.length - sequence.length;
    if (from >= 0 && sequence.every((word, k) => words[from + k] === word)) return sequence.join(' ');
  }
  return null;
}

/**
 * The office whose noun stands at `index` of a phrase: the longest office that covers that word
 * and ends there or runs on into what follows (`chief of staff`, `secretary of state`), or null.
 */
export function officeAt(words: string[], index: number): string | null {
  for (const sequence of roleSequences) {
    for (let from = Math.max(0, index - sequence.length + 1); from <= index; from += 1) {
      if (from + sequence.length <= words.length && sequence.every((word, k) => words[from + k] === word)) return sequence.join(' ');
    }
  }
  return null;
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
