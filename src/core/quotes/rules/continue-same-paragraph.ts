/**
 * Rule: a quotation with no attribution of its own, after an attributed quotation in the same
 * paragraph, continues it (`“...,” Fiona Hill ... told the Telegraph. “He likes to ...”`),
 * unless a speech verb with another speaker stands between them.
 */
import type { AttributionRule } from '../attribution-rule.ts';
import { lexicon } from '../../participants/lexicon.ts';
import { wordOf } from '../../participants/read-title.ts';
import { isInsideQuote } from '../quote-context.ts';
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
      for (const [k, token] of info.words.entries()) {
        const at = info.start + token.start;
        if (at <= previous.span.close || at >= draft.span.open || isInsideQuote(info, token.start)) continue;
        if (!lexicon.speechVerbs.has(wordOf(token))) continue;
        const other = speakerBeforeVerb(context, info, k);
        if (other && 'participant' in other && other.participant !== speaker) return undefined;
      }
    }
    return { speaker, rule: 'same-paragraph' };
  },
};
