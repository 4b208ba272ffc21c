/**
 * Rule: a sentence inside a quotation that began earlier (`It's ultimately up to them.`) is read from the
 * sentence where the quotation began, which usually names or introduces the speaker.
 */
import type { ContextRule } from '../context-rule.ts';

export const continuesQuote: ContextRule = {
  name: 'continues-quote',
  leansOn: (sentence, context) => {
    const began = context.quoteBegan.get(sentence.id);
    return began ? (context.index.sentence.get(began) ?? null) : null;
  },
};
