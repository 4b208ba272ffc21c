/** The topics stage's rules (`assign-topics.ts`): the cue score first, then the rules that read what came before. */
import type { TopicRule } from './rule.ts';
import { continueDocument } from './rules/continue-document.ts';
import { continueQuotation } from './rules/continue-quotation.ts';
import { cueScore } from './rules/cue-score.ts';
import { carryOnTopic } from './rules/carry-on-topic.ts';
import { atTheVenue } from './rules/at-the-venue.ts';
import { inheritFromPrevious } from './rules/inherit-from-previous.ts';
import { referToCompound } from './rules/refer-to-compound.ts';
import { referToDocument } from './rules/refer-to-document.ts';

/** The rules, in the order they run. */
export const topicRules: readonly TopicRule[] = [
  { name: 'cue-score', apply: cueScore },
  { name: 'carry-on-topic', apply: carryOnTopic },
  { name: 'continue-document', apply: continueDocument },
  { name: 'refer-to-document', apply: referToDocument },
  { name: 'refer-to-compound', apply: referToCompound },
  { name: 'continue-quotation', apply: continueQuotation },
  { name: 'inherit-from-previous', apply: inheritFromPrevious },
  { name: 'at-the-venue', apply: atTheVenue },
];
