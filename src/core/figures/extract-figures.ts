/**
 * The figures stage: numbers with what they count, in article order, then sentence and text
 * order. Dates, years, times used as dates, names with digits and list markers are left out.
 */
import type { Figure } from '../model.ts';
import type { ArticleReading, SentenceReading } from '../reading/read-articles.ts';
import { findFigureMentions } from './find-figure-mentions.ts';
import type { ArticleWatch } from '../watch.ts';
import { itemId } from '../ids.ts';

/** Figures of every article, ids `<slug>#f-<n>` numbered from 1 per article. */
export function extractFigures(articles: readonly ArticleReading[], watch: ArticleWatch = () => {}): Figure[] {
  const figures: Figure[] = [];
  // A sentence's figures depend on its text alone: wire copies share one (read-only) reading.
  const seen = new Map<string, ReturnType<typeof findFigureMentions>>();
  const mentionsOf = ({ sentence, tokens }: SentenceReading) => {
    let found = seen.get(sentence.text);
    if (found === undefined) {
      found = findFigureMentions({ text: sentence.text, tokens });
      seen.set(sentence.text, found);
    }
    return found;
  };
  for (const article of articles) {
    watch(article.parsed.input.slug);
    let n = 0;
    for (const reading of article.sentences) {
      const { sentence } = reading;
      for (const mention of mentionsOf(reading)) {
        n += 1;
        figures.push({
          id: itemId(article.parsed.input.slug, 'f', n),
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
