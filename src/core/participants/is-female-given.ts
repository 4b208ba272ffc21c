/**
 * Tells whether "she" can refer to a person, from the given name alone: a listed woman's name, or a name ending in
 * -a that is not a listed man's name (Slavic and Romance given names). Anyone else counts as a possible "he".
 */
import { femaleGivenNames, maleNamesEndingInA } from './words/female-given-names.ts';

const female = new Set(femaleGivenNames);
const maleInA = new Set(maleNamesEndingInA);

/** True when a folded given name is a woman's. */
export function isFemaleGiven(given: string): boolean {
  return female.has(given) || (given.length > 2 && given.endsWith('a') && !maleInA.has(given));
}
