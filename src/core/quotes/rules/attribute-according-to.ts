/**
 * Rule: `according to X` outside the quotation marks names the speaker, within a window of words before the opening
 * mark in the first sentence or after the closing mark in the last.
 */
import type { AttributionRule } from '../rule.ts';
import { wordOf } from '../../participants/read-title.ts';
import { attributionWindow, isInsideQuote, wordIndexAt } from '../quote-context.ts';
import { mentionAt } from '../read-speaker.ts';

export const attributeAccordingTo: AttributionRule = {
  name: 'according-to',
  apply: (draft, context) => {
    const first = draft.sentences[0]!;
    const last = draft.sentences[draft.sentences.length - 1]!;
    const openAt = wordIndexAt(first, draft.span.open - first.start);
    const closeAt = draft.span.close === null ? last.words.length : wordIndexAt(last, draft.span.close - last.start);
    const windows: Array<[typeof first, number, number]> = [
      [first, Math.max(0, openAt - attributionWindow), openAt],
      [last, closeAt, Math.min(last.words.length, closeAt + attributionWindow)],
    ];
    for (const [info, from, to] of windows) {
      for (let k = from; k + 2 < info.words.length && k < to; k += 1) {
        if (wordOf(info.words[k]!) !== 'according' || wordOf(info.words[k + 1]!) !== 'to' || isInsideQuote(info, info.words[k]!.start))
          continue;
        const named = mentionAt(context, info, k + 2);
        if (named) return { speaker: named.participant, rule: 'according-to' };
      }
    }
    return undefined;
  },
};
