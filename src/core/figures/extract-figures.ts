/**
 * The figures stage: numbers with what they count, in article order, then sentence and text
 * order. Dates, years, times used as dates, names with digits and list markers are left out.
 */
import type { Figure } from '../model.ts';
import type { ParsedArticle } from '../stages.ts';
import { tokenizeWords } from '../dates/tokenize-words.ts';
import { findFigureMentions } from './find-figure-mentions.ts';

/** Figures of every article, ids `<slug>#f-<n>` numbered from 1 per article. */
export function extractFigures(articles: readonly ParsedArticle[]): Figure[] {
  const figures: Figure[] = [];
  for (const article of articles) {
    let n = 0;
    for (const sentence of article.sentences) {
      const context = { text: sentence.text, tokens: tokenizeWords(sentence.text) };
      for (const mention of findFigureMentions(context)) {
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
