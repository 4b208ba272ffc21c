/**
 * The over-long "sentences" of an article body, for the build report: the paragraphs whose text the text stage cut
 * into pieces because a sentence ran past the word limit (`rules/split-long-sentences.ts`).
 */
import type { ArticleInput } from '../model.ts';
import { extractParagraphs } from './extract-paragraphs.ts';
import { maxSentenceWords, splitLongSentences } from './rules/split-long-sentences.ts';
import { splitSentences } from './split-sentences.ts';
import { sentenceRules } from './rules.ts';

/** A paragraph that held a sentence longer than the limit. */
export interface LongSentence {
  /** 1-based paragraph number in the article. */
  paragraph: number;
  /** The first words of the long sentence, to find it by. */
  opening: string;
  /** Its length in words. */
  words: number;
}

const withoutCut = sentenceRules.filter((rule) => rule.apply !== splitLongSentences);

/**
 * Whether some block of the body (the text between two blank lines) has more than the limit of words, counting a
 * table bar, an entity's `&` and `;` and a tag's brackets as spaces too: a Markdown paragraph lies within one
 * block, and its plain text has no more words than that count, so a body without such a block has no long
 * sentence and need not be read again. Nearly every article is one.
 */
export function mayHoldLongSentence(body: string): boolean {
  return body.split(/\n[ \t]*\n/).some((block) => (block.match(/[^\s|&;<>]+/g)?.length ?? 0) > maxSentenceWords);
}

/** The long sentences of an article, in order. */
export function findLongSentences(article: Pick<ArticleInput, 'body'>): LongSentence[] {
  if (!mayHoldLongSentence(article.body)) return [];
  const found: LongSentence[] = [];
  extractParagraphs(article.body).forEach((text, index) => {
    for (const sentence of splitSentences(text, withoutCut)) {
      const words = sentence.split(/\s+/).filter(Boolean);
      if (words.length > maxSentenceWords) found.push({ paragraph: index + 1, opening: words.slice(0, 8).join(' '), words: words.length });
    }
  });
  return found;
}
