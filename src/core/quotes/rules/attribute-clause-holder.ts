/**
 * Rule: the clause reading of the quotation's own sentences knows who spoke. In order:
 * - a closing attribution governs the whole sentence (`Trump asked Putin to halt strikes "until Feb 1", the Kremlin
 *   said Friday`, also before a clause of its own: `..., the Kremlin said Friday, while suggesting ...`; `Russia is
 *   "not showing any signals", Zelensky added`);
 * - else the outermost holder before the opening mark in the same clause (`Ushakov said Putin had told Trump the
 *   talks would "seriously" suffer` quotes Ushakov; `Macron called the deal "realistic"`), speech verbs first;
 * - else the first speech verb right after the closing mark, in the same clause (`“...,” he said`, the pronoun
 *   resolved to the last speaker).
 * Coordinated speakers ("Both A and B said") leave the quotation to later rules.
 */
import type { ClauseHolder } from '../../statements/read-clause-holders.ts';
import type { AttributionRule } from '../rule.ts';
import type { SentenceInfo } from '../quote-context.ts';

/** The one participant of the holders at the given word, or undefined when there are none or several. */
function single(holders: readonly ClauseHolder[], at: number): string | undefined {
  const here = holders.filter((holder) => holder.at === at);
  return here.length === 1 ? here[0]!.participant : undefined;
}

/** Words that open a new clause rather than an attribution after a comma. */
const clauseOpeners = new Set([
  'while',
  'whereas',
  'but',
  'and',
  'as',
  'although',
  'though',
  'because',
  'if',
  'when',
  'who',
  'which',
  'that',
  'so',
  'after',
  'before',
  'since',
]);

/** Most words after a closing attribution's verb ("..., the Kremlin said on Friday."). */
const maxTail = 5;

/**
 * The holder of a speech verb in the sentence's closing attribution: the clause after a comma that holds the speech
 * verb and ends the sentence soon after it (", the Kremlin said Friday."), or ends at a comma that opens a clause of
 * its own (", the Kremlin said Friday, while suggesting that ...").
 */
function closingAttribution(info: SentenceInfo, holders: readonly ClauseHolder[]): string | undefined {
  const text = info.sentence.text;
  for (const holder of holders) {
    if (!holder.speech) continue;
    const verb = info.words[holder.at]!;
    const comma = text.lastIndexOf(',', verb.start);
    if (comma < 0) continue;
    const opening = info.words.filter((word) => word.start > comma && word.start < verb.start);
    // ", the Kremlin said": the clause is only the attribution, not a new clause ("..., while Merz stressed ...").
    if (opening.some((word) => clauseOpeners.has(word.lower))) continue;
    const nextComma = text.indexOf(',', verb.end);
    const tail = info.words.filter((word) => word.start > verb.start && (nextComma < 0 || word.start < nextComma));
    if (tail.length > maxTail) continue;
    if (nextComma >= 0) {
      const after = info.words.find((word) => word.start > nextComma);
      if (after === undefined || !(clauseOpeners.has(after.lower) || /ing$/.test(after.lower))) continue;
    }
    return single(holders, holder.at);
  }
  return undefined;
}

/** True when a clause break stands between two offsets of the sentence (a semicolon, a dash, ", while", ", but"). */
function clauseBreak(text: string): boolean {
  return /;|\s[—–]\s|,\s*(?:while|whereas|but|and)\b/u.test(text);
}

export const attributeClauseHolder: AttributionRule = {
  name: 'clause-holder',
  apply: (draft, context) => {
    const first = draft.sentences[0]!;
    const last = draft.sentences[draft.sentences.length - 1]!;
    const open = draft.span.open - first.start;
    const close = draft.span.close === null ? null : draft.span.close - last.start;
    const closingSpeaker = close === null ? undefined : closingAttribution(last, context.holders.get(last.sentence.id) ?? []);
    const closingAt = (context.holders.get(last.sentence.id) ?? []).find((holder) => holder.participant === closingSpeaker)?.at;
    if (closingSpeaker !== undefined && closingAt !== undefined && close !== null && last.words[closingAt]!.start > close) {
      return { speaker: closingSpeaker, rule: 'clause-holder' };
    }
    // The clause that holds the opening mark starts after the last clause break before it.
    const text = first.sentence.text;
    const before = (context.holders.get(first.sentence.id) ?? []).filter(
      (holder) => first.words[holder.at]!.end <= open && !clauseBreak(text.slice(first.words[holder.at]!.end, open)),
    );
    for (const speech of [true, false]) {
      const candidates = before.filter((holder) => holder.speech === speech);
      if (candidates.length === 0) continue;
      const speaker = single(candidates, Math.min(...candidates.map((holder) => holder.at)));
      if (speaker !== undefined) return { speaker, rule: 'clause-holder' };
      return undefined;
    }
    if (close === null) return undefined;
    const after = (context.holders.get(last.sentence.id) ?? []).filter(
      (holder) =>
        holder.speech &&
        last.words[holder.at]!.start > close &&
        !clauseBreak(last.sentence.text.slice(close, last.words[holder.at]!.start)),
    );
    const speaker = after.length === 0 ? undefined : single(after, Math.min(...after.map((holder) => holder.at)));
    return speaker === undefined ? undefined : { speaker, rule: 'clause-holder' };
  },
};
