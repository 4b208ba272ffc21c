/**
 * The quotes stage: finds direct quotations in every article and attributes each to a speaker
 * with the ordered rules of `rules.ts`. A quotation no rule attributes keeps
 * `speaker: null`: the stage never guesses.
 */
import type { Participant, Quote } from '../model.ts';
import type { ArticleReading } from '../reading/read-articles.ts';
import type { Mention } from '../stages.ts';
import type { ClauseHolders } from '../statements/read-clause-holders.ts';
import type { ArticleWatch } from '../watch.ts';
import { attributionRules } from './rules.ts';
import { buildQuoteContext, directoryOf, groupBy } from './quote-context.ts';
import { itemId } from '../ids.ts';

/** Every quotation of the articles, in article order, each with its speaker or null. */
export function extractQuotes(
  articles: readonly ArticleReading[],
  mentions: Mention[],
  participants: Participant[],
  holders?: ClauseHolders,
  watch: ArticleWatch = () => {},
): Quote[] {
  const grouped = groupBy(mentions, (mention) => mention.sentence);
  const directory = directoryOf(participants);
  const quotes: Quote[] = [];
  for (const article of articles) {
    watch(article.parsed.input.slug);
    const context = buildQuoteContext(article, grouped, directory, holders);
    for (const draft of context.drafts) {
      let decided: { speaker: string | null; rule: string } | undefined;
      for (const rule of attributionRules) {
        decided = rule.apply(draft, context);
        if (decided) break;
      }
      const speaker = decided?.speaker ?? null;
      context.speakers.set(draft.order, speaker);
      quotes.push({
        id: itemId(context.slug, 'q', draft.order + 1),
        sentence: draft.sentences[0]!.sentence.id,
        sentences: draft.sentences.map((info) => info.sentence.id),
        text: draft.text,
        speaker,
        attribution: speaker === null ? null : decided!.rule,
      });
    }
  }
  return quotes;
}
