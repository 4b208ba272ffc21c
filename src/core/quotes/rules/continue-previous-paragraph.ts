/**
 * Rule: a paragraph that opens with a quotation continues the previous paragraph's attributed
 * quotation when that one was left open (newspaper style) or when this paragraph is nothing
 * but the quotation (`"And for me, this was an important clarification today."`).
 */
import type { AttributionRule } from '../rule.ts';

export const continuePreviousParagraph: AttributionRule = {
  name: 'previous-paragraph',
  apply: (draft, context) => {
    const previous = context.drafts[draft.order - 1];
    if (!draft.opensParagraph || !previous || previous.paragraph !== draft.paragraph - 1) return undefined;
    const speaker = context.speakers.get(previous.order);
    if (typeof speaker !== 'string') return undefined;
    return previous.span.close === null || draft.endsParagraph ? { speaker, rule: 'previous-paragraph' } : undefined;
  },
};
