/**
 * Rule: drops the headline where pages repeat it at the top of the body (once or several times, as a
 * Markdown heading or plain text, with or without closing punctuation). Only the opening paragraph is
 * tested; the runner repeats the rule, so a run of repeats goes, and a dateline between repeats is taken
 * by `take-dateline` in between.
 */
import type { CleanRule } from './clean-rule.ts';
import { plainKey } from './plain-key.ts';

/** See the file comment. */
export const dropHeadlineRepeats: CleanRule = {
  name: 'drop-headline-repeats',
  apply(state) {
    const headline = plainKey(state.headline);
    const first = state.paragraphs[0];
    if (headline === '' || first === undefined || plainKey(first) !== headline) return null;
    return {
      state: { ...state, paragraphs: state.paragraphs.slice(1) },
      removed: [{ kind: 'headline repeat', text: first, reason: 'drop-headline-repeats: same words as the headline', kept: null }],
    };
  },
};
