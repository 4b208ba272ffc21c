/**
 * Rule: the attribution before the opening mark, in the same sentence: `Rubio said that "..."`,
 * `Peskov told reporters: “...”`, `the US president said: “...”`, `A Kremlin aide said ... "..."`,
 * `Zelensky: “...”`, `he added: “...”`. The speech verb nearest the quote that has a subject wins,
 * unless that verb sits in speech reported by an earlier one (`Ushakov said Putin had told Trump
 * the talks would "seriously" suffer`): the outer reporter is the one whose words are quoted.
 */
import { settle, type Attribution, type AttributionRule } from '../rule.ts';
import { lexicon } from '../../participants/lexicon.ts';
import { wordOf } from '../../participants/read-title.ts';
import type { QuoteContext, SentenceInfo } from '../quote-context.ts';
import { attributionWindow, isInsideQuote, wordIndexAt } from '../quote-context.ts';
import { mentionAt, speakerAfterVerb, speakerBeforeVerb } from '../read-speaker.ts';

/** Punctuation or a conjunction that ends one clause and starts another: no reported speech runs across it. */
const clauseBreak = /[;:]|,\s*(?:and|but|while|whereas|or)\b|[.!?]\s/u;

/** The outermost earlier speech verb whose report holds the inner subject (from token `inner`), decided; or undefined. */
function outerReporter(context: QuoteContext, info: SentenceInfo, inner: number): Attribution | undefined {
  const text = info.sentence.text;
  for (let k = Math.max(0, inner - attributionWindow); k < inner; k += 1) {
    const token = info.words[k]!;
    if (isInsideQuote(info, token.start) || !lexicon.speechVerbs.has(wordOf(token))) continue;
    if (clauseBreak.test(text.slice(token.end, info.words[inner]!.start))) continue;
    const decided = settle(speakerBeforeVerb(context, info, k), context, info.position, 'speaker-before');
    if (decided) return decided;
  }
  return undefined;
}

export const attributeSpeakerBefore: AttributionRule = {
  name: 'speaker-before',
  apply: (draft, context) => {
    const info = draft.sentences[0]!;
    const open = draft.span.open - info.start;
    const text = info.sentence.text;
    // The words before the mark, at most a window of them: an attribution stands next to its quote.
    const end = wordIndexAt(info, open);
    const before: Array<{ token: (typeof info.words)[number]; k: number }> = [];
    for (let k = Math.max(0, end - attributionWindow); k < end; k += 1) {
      const token = info.words[k]!;
      if (token.end <= open && !info.quotedWords[k]) before.push({ token, k });
    }
    // "Zelensky: “...”" — a name and a colon right before the quote.
    const last = before[before.length - 1];
    if (last && /^\s*:\s*$/.test(text.slice(last.token.end, open))) {
      const named = mentionAt(context, info, last.k);
      if (named && named.end === last.token.end) return { speaker: named.participant, rule: 'colon' };
    }
    for (let i = before.length - 1; i >= 0; i -= 1) {
      const { token, k } = before[i]!;
      if (!lexicon.speechVerbs.has(wordOf(token))) continue;
      const reading = speakerBeforeVerb(context, info, k);
      const decided = settle(reading, context, info.position, 'speaker-before');
      if (decided && reading) return outerReporter(context, info, reading.from) ?? decided;
      const inverted = settle(speakerAfterVerb(context, info, k), context, info.position, 'speaker-before');
      if (inverted) return inverted;
    }
    return undefined;
  },
};
