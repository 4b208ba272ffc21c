/**
 * Rule: the attribution before the opening mark, in the same sentence: `Rubio said that "..."`,
 * `Peskov told reporters: “...”`, `the US president said: “...”`, `A Kremlin aide said ... "..."`,
 * `Zelensky: “...”`, `he added: “...”`. The speech verb nearest the quote that has a subject wins.
 */
import { settle, type AttributionRule } from '../attribution-rule.ts';
import { lexicon } from '../../participants/lexicon.ts';
import { wordOf } from '../../participants/read-title.ts';
import { isInsideQuote } from '../quote-context.ts';
import { mentionAt, speakerAfterVerb, speakerBeforeVerb } from '../read-speaker.ts';

export const attributeSpeakerBefore: AttributionRule = {
  name: 'speaker-before',
  apply: (draft, context) => {
    const info = draft.sentences[0]!;
    const open = draft.span.open - info.located.start;
    const text = info.located.sentence.text;
    const before = info.tokens.map((token, k) => ({ token, k })).filter(({ token }) => token.end <= open && !isInsideQuote(info, token.start));
    // "Zelensky: “...”" — a name and a colon right before the quote.
    const last = before[before.length - 1];
    if (last && /^\s*:\s*$/.test(text.slice(last.token.end, open))) {
      const named = mentionAt(context, info, last.k);
      if (named && named.end === last.token.end) return { speaker: named.participant, rule: 'colon' };
    }
    for (let i = before.length - 1; i >= 0; i -= 1) {
      const { token, k } = before[i]!;
      if (!lexicon.speechVerbs.has(wordOf(token))) continue;
      const decided = settle(speakerBeforeVerb(context, info, k), context, info.index, 'speaker-before')
        ?? settle(speakerAfterVerb(context, info, k), context, info.index, 'speaker-before');
      if (decided) return decided;
    }
    return undefined;
  },
};
