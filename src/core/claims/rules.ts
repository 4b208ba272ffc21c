/**
 * When two compared sentences state the same fact, or give different values of one thing: named
 * rules, tried in order over what the pair shares (see `rule.ts`). The first rule that accepts
 * links the pair; a shared name alone never does. Rules only see the candidate pairs blocking
 * proposes (`compareCandidates`): sentences sharing a rare token or a key (a predicate with a day or
 * a holder, a figure's counted thing), at most (sketch + keys) × maxPostings pairs per sentence, so
 * the stage stays near-linear in the number of sentences.
 */
import type { LinkRule, MatchOptions, PairEvidence } from './rule.ts';
import { changedFigure } from './rules/changed-figure.ts';
import { changedStance } from './rules/changed-stance.ts';
import { identicalText } from './rules/identical-text.ts';
import { sameEvent } from './rules/same-event.ts';
import { sameFigure } from './rules/same-figure.ts';
import { sameParticipants } from './rules/same-participants.ts';
import { sameStatement } from './rules/same-statement.ts';
import { sameDayStatement } from './rules/same-day-statement.ts';
import { sameWording } from './rules/same-wording.ts';

export const linkRules: readonly LinkRule[] = [
  identicalText,
  sameFigure,
  changedFigure,
  changedStance,
  sameEvent,
  sameParticipants,
  sameStatement,
  sameDayStatement,
  sameWording,
];

/** The first rule that links the pair, or null. */
export function linkOf(pair: PairEvidence, options: MatchOptions, rules: readonly LinkRule[] = linkRules): LinkRule | null {
  return rules.find((rule) => rule.accepts(pair, options)) ?? null;
}
