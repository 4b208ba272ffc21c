/**
 * Rule: a quotation with no attribution of its own, after an attributed quotation in the same
 * paragraph, continues it (`“...,” Fiona Hill ... told the Telegraph. “He likes to ...”`),
 * unless a speech verb with another speaker stands between them.
 */
import type { AttributionRule } from '../rule.ts';
import { lexicon } from '../../participants/lexicon.ts';
import { wordOf } from '../../participants/read-title.ts';
import { wordIndexAt } from '../quote-context.ts';
import { speakerBeforeVerb } from '../read-speaker.ts';

export const continueSameParagraph: AttributionRule = {
  name: 'same-paragraph',
  apply: (draft, context) => {
    const previous = context.drafts[draft.order - 1];
    if (!previous || previous.paragraph !== draft.paragraph || previous.span.close === null) return undefined;
    const speaker = context.speakers.get(previous.order);
    if (typeof speaker !== 'string') return undefined;
    const between = context.sentencesByParagraph.get(draft.paragraph) ?? [];
    for (const info of between) {
      if (info.end <= previous.span.close || info.start >= draft.span.open) continue;
      // Only the words between the two quotations, found by binary search: each word is read for one pair only.
      for (let k = wordIndexAt(info, previous.span.close - info.start + 1); k < info.words.length; k += 1) {
        const token = info.words[k]!;
        const at = info.start + token.start;
        if (at >= draft.span.open) break;
        if (info.quotedWords[k]) continue;
        if (!lexicon.speechVerbs.has(wordOf(token))) continue;
        const other = speakerBeforeVerb(context, info, k);
        if (other && 'participant' in other && other.participant !== speaker) return undefined;
      }
    }
    return { speaker, rule: 'same-paragraph' };
  },
};
