/**
 * Rule: "according to X" outside quotation marks makes X the holder of what the sentence reports ("According to
 * Politico, Rubio assured allies ..." holds Rubio by his verb and Politico by this rule only if Politico is a
 * participant), including an unnamed source with its side ("according to a Ukrainian official").
 */
import { phraseEndingAt } from '../read-subject.ts';
import type { Found, StatementRule } from '../rule.ts';

/** Most words of the phrase after "according to". */
const maxPhrase = 8;

export const accordingTo: StatementRule = {
  name: 'according-to',
  apply: (context) => {
    const { sentence } = context;
    const found: Found[] = [];
    for (let k = 0; k + 2 < sentence.words.length; k += 1) {
      if (sentence.lower[k] !== 'according' || sentence.lower[k + 1] !== 'to' || sentence.quoted[k]) continue;
      for (let end = k + 2; end < sentence.words.length && end - k <= maxPhrase + 1; end += 1) {
        const phrase = phraseEndingAt(sentence, end, context);
        if (phrase === null || phrase.first < k + 2) continue;
        for (const participant of context.resolve(phrase, true)) found.push({ participant, kind: 'reported', at: k, speech: true });
        break;
      }
    }
    return found;
  },
};
