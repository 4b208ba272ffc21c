/**
 * Rule: `according to X` outside the quotation marks of the sentence names the speaker.
 */
import type { AttributionRule } from '../attribution-rule.ts';
import { wordOf } from '../../participants/read-title.ts';
import { isInsideQuote } from '../quote-context.ts';
import { mentionAt } from '../read-speaker.ts';

export const attributeAccordingTo: AttributionRule = {
  name: 'according-to',
  apply: (draft, context) => {
    for (const info of [draft.sentences[0]!, draft.sentences[draft.sentences.length - 1]!]) {
      for (let k = 0; k + 2 < info.words.length; k += 1) {
        if (wordOf(info.words[k]!) !== 'according' || wordOf(info.words[k + 1]!) !== 'to' || isInsideQuote(info, info.words[k]!.start)) continue;
        const named = mentionAt(context, info, k + 2);
        if (named) return { speaker: named.participant, rule: 'according-to' };
      }
    }
    return undefined;
  },
};
