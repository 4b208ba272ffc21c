/**
 * The over-long "sentences" of an article body, for the build report: the paragraphs whose text the text stage cut
 * into pieces because a sentence ran past the word limit (`rules/split-long-sentences.ts`).
 */
import type { ArticleInput } from '../model.ts';
import { extractParagraphs } from './extract-paragraphs.ts';
import { maxSentenceWords, splitLongSentences } from './rules/split-long-sentences.ts';
import { sentenceRules, splitSentences } from './split-sentences.ts';

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

/** The long sentences of an article, in order. */
export function findLongSentences(article: Pick<ArticleInput, 'body'>): LongSentence[] {
  const found: LongSentence[] = [];
  extractParagraphs(article.body).forEach((text, index) => {
    for (const sentence of splitSentences(text, withoutCut)) {
      const words = sentence.split(/\s+/).filter(Boolean);
      if (words.length > maxSentenceWords) found.push({ paragraph: index + 1, opening: words.slice(0, 8).join(' '), words: words.length });
    }
  });
  return found;
}
