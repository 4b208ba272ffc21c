/**
 * Rule: the attribution that follows the closing mark: `“...,” Rubio added`, `“...,” said
 * Peskov`, `“...,” Fiona Hill, who served on ..., told the Telegraph`, `“...,” he said`.
 */
import { settle, type AttributionRule } from '../rule.ts';
import { lexicon } from '../../participants/lexicon.ts';
import { wordOf } from '../../participants/read-title.ts';
import { isInsideQuote, wordIndexAt } from '../quote-context.ts';
import { speakerAfterVerb, speakerBeforeVerb } from '../read-speaker.ts';

/** How many words may stand between the closing mark and the speech verb (a long apposition). */
const window = 24;

export const attributeSpeakerAfter: AttributionRule = {
  name: 'speaker-after',
  apply: (draft, context) => {
    if (draft.span.close === null) return undefined;
    const info = draft.sentences[draft.sentences.length - 1]!;
    const close = draft.span.close - info.start;
    const firstAfter = wordIndexAt(info, close + 1);
    const after = info.words.slice(firstAfter, firstAfter + window).map((token, i) => ({ token, k: firstAfter + i }));
    const firstToken = after[0];
    if (!firstToken || !/^[\s,.;:—–-]*$/.test(info.sentence.text.slice(close + 1, firstToken.token.start))) return undefined;
    for (const { token, k } of after) {
      if (isInsideQuote(info, token.start)) break;
      if (!lexicon.speechVerbs.has(wordOf(token))) continue;
      // The attribution must follow the mark directly: its subject, or an inverted verb, comes first.
      const before = speakerBeforeVerb(context, info, k);
      if (before && before.from === firstToken.k) return settle(before, context, info.position, 'speaker-after');
      return k === firstToken.k ? settle(speakerAfterVerb(context, info, k), context, info.position, 'speaker-after') : undefined;
    }
    return undefined;
  },
};
