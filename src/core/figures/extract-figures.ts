/**
 * The figures stage: numbers with what they count, in article order, then sentence and text
 * order. Dates, years, times used as dates, names with digits and list markers are left out.
 */
import type { Figure } from '../model.ts';
import type { ParsedArticle } from '../stages.ts';
import { tokenizeWords, type Token } from '../dates/tokenize-words.ts';
import type { FigureContext } from './figure-rule.ts';
import { findFigureMentions } from './find-figure-mentions.ts';
import { readOncePerText } from '../text/read-once-per-text.ts';

/** One sentence for the rules; it is tokenised only when a rule asks for its tokens (after a match). */
function contextOf(text: string): FigureContext {
  let tokens: Token[] | undefined;
  return {
    text,
    get tokens() {
      return (tokens ??= tokenizeWords(text));
    },
  };
}

/** Figures of every article, ids `<slug>#f-<n>` numbered from 1 per article. */
export function extractFigures(articles: readonly ParsedArticle[]): Figure[] {
  const figures: Figure[] = [];
  // A sentence's figures depend on its text alone: wire copies share one (read-only) reading.
  const mentionsOf = readOncePerText((text) => findFigureMentions(contextOf(text)));
  for (const article of articles) {
    let n = 0;
    for (const sentence of article.sentences) {
      for (const mention of mentionsOf(sentence.text)) {
        n += 1;
        figures.push({
          id: `${article.input.slug}#f-${n}`,
          sentence: sentence.id,
          value: mention.value.replace(/\s+/g, ' ').trim(),
          about: mention.about,
          kind: mention.kind ?? 'count',
        });
      }
    }
  }
  return figures;
}
