/**
 * The quotes stage: finds direct quotations in every article and attributes each to a speaker
 * with the ordered rules of `attribution-rules.ts`. A quotation no rule attributes keeps
 * `speaker: null`: the stage never guesses.
 */
import type { Participant, Quote } from '../model.ts';
import type { Mention, ParsedArticle } from '../stages.ts';
import { attributionRules } from './attribution-rules.ts';
import { buildQuoteContext, directoryOf, groupBy } from './quote-context.ts';
import type { ParagraphReading } from './read-paragraph.ts';

/**
 * Every quotation of the articles, in article order, each with its speaker or null. `readings`
 * are the articles' paragraphs as the participants stage read them (in the same order), if given.
 */
export function extractQuotes(
  articles: ParsedArticle[],
  mentions: Mention[],
  participants: Participant[],
  readings?: readonly (readonly ParagraphReading[])[],
): Quote[] {
  const grouped = groupBy(mentions, (mention) => mention.sentence);
  const directory = directoryOf(participants);
  const quotes: Quote[] = [];
  for (const [index, article] of articles.entries()) {
    const context = buildQuoteContext(article, grouped, directory, readings?.[index]);
    for (const draft of context.drafts) {
      let decided: { speaker: string | null; rule: string } | undefined;
      for (const rule of attributionRules) {
        decided = rule.apply(draft, context);
        if (decided) break;
      }
      const speaker = decided?.speaker ?? null;
      context.speakers.set(draft.order, speaker);
      quotes.push({
        id: `${context.slug}#q-${draft.order + 1}`,
        sentence: draft.sentences[0]!.located.sentence.id,
        sentences: draft.sentences.map((info) => info.located.sentence.id),
        text: draft.text,
        speaker,
        attribution: speaker === null ? null : decided!.rule,
      });
    }
  }
  return quotes;
}
