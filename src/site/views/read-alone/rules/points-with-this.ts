/** Rule: `this` standing for what was just said (`President Trump also confirmed this today`) is read with the sentence before. */
import { pointsWithThis as points } from '../back-reference-patterns.ts';
import type { ContextRule } from '../context-rule.ts';
import { previousSentence } from '../reading-context.ts';

export const pointsWithThis: ContextRule = {
  name: 'points-with-this',
  leansOn: (sentence, context) => (points(sentence.text) ? previousSentence(context, sentence) : null),
};
