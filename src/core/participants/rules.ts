/**
 * The name rules, in the order they run. Earlier rules claim tokens first, so a full name wins
 * over a surname inside it, and an alias over a capital used as a place.
 */
import { matchBodyHeads } from './rules/match-body-heads.ts';
import { matchCountries } from './rules/match-countries.ts';
import { matchFirstNames } from './rules/match-first-names.ts';
import { matchFullNames } from './rules/match-full-names.ts';
import { matchMetonyms } from './rules/match-metonyms.ts';
import { matchSurnames } from './rules/match-surnames.ts';
import { resolveDescriptors } from './rules/resolve-descriptors.ts';
import { splitCompounds } from './rules/split-compounds.ts';
import type { NameRule } from './rule.ts';

/** Rules that read names; they run before roles are known. */
export const nameRules: NameRule[] = [
  matchFullNames,
  matchCountries,
  matchMetonyms,
  matchSurnames,
  matchFirstNames,
  splitCompounds,
  matchBodyHeads,
];

/** Rules that need the roles read from every article. */
export const referenceRules: NameRule[] = [resolveDescriptors];
