/**
 * The shared reading of every sentence: each article's paragraphs with their quotations, and each
 * sentence with its tokens and quoted ranges. Made once per analysis; every stage reads it and none
 * tokenises again. A sentence text that comes back (wire copy) is tokenised once, and its tokens are
 * shared: nobody may change them.
 */
import type { Paragraph, ParsedArticle, TextSentence } from '../stages.ts';
import { findQuoteSpans, type QuoteSpan } from './find-quote-spans.ts';
import { locateSentences } from './locate-sentences.ts';
import { readOncePerText } from './read-once-per-text.ts';
import { tokenize, type Token } from './tokenize.ts';

/** One sentence, read. */
export interface SentenceReading {
  /** The sentence as the text stage found it. */
  sentence: TextSentence;
  /** Every token, punctuation included. */
  tokens: readonly Token[];
  /** The word tokens alone (indices into this list are what name rules count in). */
  words: readonly Token[];
  /** `[start, end)` ranges inside quotation marks (marks included), in sentence offsets. */
  quoted: ReadonlyArray<readonly [number, number]>;
  /** Start offset of the sentence in its paragraph's text. */
  start: number;
  /** End offset (exclusive) in the paragraph's text. */
  end: number;
  /** Position in the article (0-based). */
  position: number;
  /** Paragraph position in the article (0-based). */
  paragraph: number;
}

/** One paragraph, read. */
export interface ParagraphReading {
  /** The paragraph. */
  paragraph: Paragraph;
  /** Its quotations, in paragraph offsets. */
  spans: readonly QuoteSpan[];
  /** Its sentences. */
  sentences: readonly SentenceReading[];
}

/** One article, read. */
export interface ArticleReading {
  /** The article as the text stage parsed it. */
  parsed: ParsedArticle;
  /** Paragraphs in order. */
  paragraphs: readonly ParagraphReading[];
  /** Every sentence in order. */
  sentences: readonly SentenceReading[];
}

/** The words of a token list: a shared view, made once per token list. */
function wordsOf(tokens: readonly Token[]): readonly Token[] {
  return tokens.filter((token) => token.word);
}

/** Reads every article; a repeated sentence text is tokenised once. */
export function readArticles(articles: readonly ParsedArticle[]): ArticleReading[] {
  const read = readOncePerText((text) => {
    const tokens = tokenize(text);
    return { tokens, words: wordsOf(tokens) };
  });
  return articles.map((parsed) => {
    const sentences: SentenceReading[] = [];
    const paragraphs = parsed.paragraphs.map((paragraph, paragraphIndex): ParagraphReading => {
      const spans = findQuoteSpans(paragraph.text);
      const own = locateSentences(paragraph).map(({ sentence, start, end }, k): SentenceReading => {
        const quoted: Array<[number, number]> = [];
        for (const span of spans) {
          const from = Math.max(span.open, start);
          const to = Math.min(span.close === null ? span.end : span.close + 1, end);
          if (from < to) quoted.push([from - start, to - start]);
        }
        const { tokens, words } = read(sentence.text);
        return { sentence, tokens, words, quoted, start, end, position: sentences.length + k, paragraph: paragraphIndex };
      });
      sentences.push(...own);
      return { paragraph, spans, sentences: own };
    });
    return { parsed, paragraphs, sentences };
  });
}

/** True when the token lies inside quotation marks. */
export function isQuotedToken(reading: Pick<SentenceReading, 'quoted'>, token: Pick<Token, 'start' | 'end'>): boolean {
  return reading.quoted.some(([from, to]) => token.start >= from && token.end <= to);
}

/** True when a sentence offset lies inside quotation marks (marks included). */
export function isQuotedOffset(reading: Pick<SentenceReading, 'quoted'>, offset: number): boolean {
  return reading.quoted.some(([from, to]) => offset >= from && offset < to);
}
