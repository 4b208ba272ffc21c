/**
 * The text stage: an article's Markdown body → numbered paragraphs and sentences.
 */
import type { ArticleInput } from '../model.ts';
import type { Paragraph, ParsedArticle, TextSentence } from '../stages.ts';
import { extractParagraphs } from './extract-paragraphs.ts';
import { splitSentences } from './split-sentences.ts';
import { itemId } from '../ids.ts';

/** Splits an article into paragraphs and sentences; ids are `<slug>#s-<n>`, numbering is 1-based. */
export function parseArticle(input: ArticleInput): ParsedArticle {
  const paragraphs: Paragraph[] = [];
  const sentences: TextSentence[] = [];
  for (const text of extractParagraphs(input.body)) {
    const index = paragraphs.length + 1;
    const own: TextSentence[] = splitSentences(text).map((sentence) => {
      const n = sentences.length + 1;
      const made = { id: itemId(input.slug, 's', n), article: input.slug, index: n, paragraph: index, text: sentence };
      sentences.push(made);
      return made;
    });
    if (own.length > 0) paragraphs.push({ index, text, sentences: own });
  }
  return { input, paragraphs, sentences };
}
