/**
 * Rule: the quotation lies in what a speech verb of its own sentence reports, and the clause reading knows who spoke:
 * `Rubio said that "..."`, `Russia is "not showing any signals" that it wants peace, Zelensky added`, `“...,” he said`
 * (the pronoun resolved to the last speaker). Before the opening mark, the outermost reporter of the clause wins
 * (`Ushakov said Putin had told Trump the talks would "seriously" suffer` quotes Ushakov); else the first speech verb
 * after the closing mark in the quotation's last sentence. Coordinated speakers ("Both A and B said") leave it to
 * later rules.
 */
import type { AttributionRule } from '../attribution-rule.ts';

export const attributeClauseHolder: AttributionRule = {
  name: 'clause-holder',
  apply: (draft, context) => {
    const first = draft.sentences[0]!;
    const last = draft.sentences[draft.sentences.length - 1]!;
    const open = draft.span.open - first.start;
    // The clause that holds the opening mark starts after the last semicolon, colon or dash before it.
    const text = first.sentence.text;
    const clauseStart = Math.max(text.lastIndexOf(';', open), text.lastIndexOf(' — ', open), text.lastIndexOf(' – ', open));
    const speechBefore = (context.holders.get(first.sentence.id) ?? []).filter(
      (holder) => holder.speech && first.words[holder.at]!.end <= open && first.words[holder.at]!.start > clauseStart,
    );
    const outermost = Math.min(Infinity, ...speechBefore.map((holder) => holder.at));
    const before = speechBefore.filter((holder) => holder.at === outermost);
    if (before.length === 1) return { speaker: before[0]!.participant, rule: 'clause-holder' };
    if (before.length > 1) return undefined;
    if (draft.span.close === null) return undefined;
    const close = draft.span.close - last.start;
    const speechAfter = (context.holders.get(last.sentence.id) ?? []).filter((holder) => holder.speech && last.words[holder.at]!.start > close);
    const firstAfter = Math.min(Infinity, ...speechAfter.map((holder) => holder.at));
    const after = speechAfter.filter((holder) => holder.at === firstAfter);
    return after.length === 1 ? { speaker: after[0]!.participant, rule: 'clause-holder' } : undefined;
  },
};
