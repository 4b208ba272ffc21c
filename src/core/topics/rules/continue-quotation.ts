/**
 * A sentence that continues a quotation opened in an earlier sentence, and reaches no topic of its own, is about what
 * the quotation's sentences before it stated: the speaker is still answering the same question ("We will not give up
 * land. Not an inch." is still about territory). Only topics those sentences reached by their own cues carry over,
 * so nothing inherited runs on.
 */
import type { TopicAssignment } from '../../model.ts';
import type { SentenceContext } from '../rule.ts';

/** The topics of the quotation so far, for a sentence inside it that has none. */
export function continueQuotation(context: SentenceContext): TopicAssignment[] {
  const { continuesQuotation, memory, assigned } = context;
  if (!continuesQuotation || assigned.length > 0 || memory.quotation === null) return [];
  return memory.quotation.map((topic) => ({ topic, cues: [], rule: 'continue-quotation', score: 0 }));
}
