/**
 * Rule: words quoted inside a question put to someone ("Pressed about notifying Zelensky
 * "to be ready to come" to a meeting, Trump declined ...") are the questioner's, who is
 * not named: the quote has no speaker, and no later rule may guess one.
 */
import type { AttributionRule } from '../rule.ts';
import { wordOf } from '../../participants/read-title.ts';
import { clauseStart } from '../read-speaker.ts';
import { questionOpeners } from '../words/quote-openers.ts';

const openers = new Set(questionOpeners);

export const blockQuestionWording: AttributionRule = {
  name: 'question-wording',
  apply: (draft) => {
    const info = draft.sentences[0]!;
    const first = info.words[0];
    if (!first || !openers.has(wordOf(first))) return undefined;
    const main = info.words[clauseStart(info)];
    const open = draft.span.open - info.start;
    return main && open < main.start ? { speaker: null, rule: 'question-wording' } : undefined;
  },
};
