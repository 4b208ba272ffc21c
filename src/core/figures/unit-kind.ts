/**
 * The kind of quantity a unit or counted noun stands for, from the word lists in `words/units.ts` and the peoples
 * of the gazetteer ("2,000 Ukrainians").
 */
import { demonymPlurals } from '../reading/gazetteer.ts';
import { distanceUnits, durationUnits, moneyUnits, peopleNouns, pointUnits, shareUnits } from './words/units.ts';

const kinds: ReadonlyArray<[string, ReadonlySet<string>]> = [
  ['points', new Set(pointUnits)],
  ['share', new Set(shareUnits)],
  ['distance', new Set(distanceUnits)],
  ['duration', new Set(durationUnits)],
  ['money', new Set(moneyUnits)],
  ['people', new Set([...peopleNouns, ...demonymPlurals])],
];

/** `points`, `share`, `distance`, `duration`, `money` or `people` for a known unit, else null. */
export function unitKind(unit: string): string | null {
  const word = unit.toLowerCase();
  for (const [kind, words] of kinds) if (words.has(word)) return kind;
  return null;
}

/** Every measurement unit (not people), longest first, as a regular-expression alternation. */
export const measureUnitPattern: string = [...pointUnits, ...shareUnits, ...distanceUnits, ...durationUnits, 'times']
  .filter((unit) => unit !== '%')
  .sort((a, b) => b.length - a.length)
  .map((unit) => unit.replace(/ /g, '\\s+'))
  .join('|');
