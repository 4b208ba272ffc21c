/**
 * The clause rules, in the order they run: the subjects of stance verbs and of light verbs with a stance noun ("renewed
 * a call"), the source of a stance noun ("signals from Kyiv that ..."), inverted attributions, "according to", and
 * participles that lean on the main clause. Quotations are attributed by the quotes stage, which reads these first.
 */
import { accordingTo } from './rules/according-to.ts';
import { invertedSpeaker } from './rules/inverted-speaker.ts';
import { lightVerbStance } from './rules/light-verb-stance.ts';
import { participleClause } from './rules/participle-clause.ts';
import { stanceNounSource } from './rules/stance-noun-source.ts';
import { stanceSubject } from './rules/stance-subject.ts';
import type { StatementRule } from './rule.ts';

export const statementRules: readonly StatementRule[] = [
  stanceSubject,
  lightVerbStance,
  stanceNounSource,
  invertedSpeaker,
  accordingTo,
  participleClause,
];
