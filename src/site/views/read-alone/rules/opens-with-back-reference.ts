/** Rule: a sentence that opens by pointing back or carrying on (`But he too said ...`, `That is what ...`) is read with the one before. */
import { opensWithBackReference as opens } from '../back-reference-patterns.ts';
import type { ContextRule } from '../context-rule.ts';
import { previousSentence } from '../reading-context.ts';

export const opensWithBackReference: ContextRule = {
  name: 'opens-with-back-reference',
  leansOn: (sentence, context) => (opens(sentence.text) ? previousSentence(context, sentence) : null),
};
