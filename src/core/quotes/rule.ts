/**
 * The shape of an attribution rule, and how a rule turns what it read into a speaker.
 */
import type { QuoteContext, QuoteDraft } from './quote-context.ts';
import type { SpeakerReading } from './read-speaker.ts';
import { resolvePronoun } from './resolve-pronoun.ts';

/** A decision: the speaker (null = the text does not say) and the rule that decided. */
export interface Attribution {
  speaker: string | null;
  rule: string;
}

/** A named attribution rule: a decision, or undefined to let the next rule try. */
export interface AttributionRule {
  name: string;
  apply: (draft: QuoteDraft, context: QuoteContext) => Attribution | undefined;
}

/** A reading as a decision: names decide at once, pronouns only when they resolve. */
export function settle(reading: SpeakerReading, context: QuoteContext, sentence: number, rule: string): Attribution | undefined {
  if (reading === null) return undefined;
  if ('participant' in reading) return { speaker: reading.participant, rule };
  const speaker = resolvePronoun(context, sentence, reading.pronoun);
  return speaker === null ? undefined : { speaker, rule: `${rule}-pronoun` };
}
