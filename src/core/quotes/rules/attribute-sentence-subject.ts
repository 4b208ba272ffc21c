/**
 * Rule: a partial quote inside a sentence belongs to the subject of the main clause:
 * `Trump described Putin as a “smart guy”`, `On Wednesday, Trump threatened "severe
 * consequences"`, `He warned of “economically severe” consequences` (the pronoun resolved).
 * Not when the sentence opens with the quotation, nor when the subject has no name.
 */
import { settle, type AttributionRule } from '../rule.ts';
import { clauseStart, subjectOf } from '../read-speaker.ts';

export const attributeSentenceSubject: AttributionRule = {
  name: 'sentence-subject',
  apply: (draft, context) => {
    const info = draft.sentences[0]!;
    const open = draft.span.open - info.start;
    const subject = info.words[clauseStart(info)];
    if (!subject || subject.start > open || open <= 0) return undefined;
    return settle(subjectOf(context, info), context, info.position, 'sentence-subject');
  },
};
