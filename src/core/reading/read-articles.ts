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
import { partitionPoint } from './partition-point.ts';

/** One sentence, read. */
export interface SentenceReading {
  /** The sentence as the text stage found it. */
  sentence: TextSentence;
  /** Every token, punctuation included. */
  tokens: readonly Token[];
  /** The word tokens alone (indices into this list are what name rules count in). */
  words: readonly Token[];
  /** `[start, end)` ranges inside quotation marks (marks included), in sentence offsets, in order and apart. */
  quoted: ReadonlyArray<readonly [number, number]>;
  /** For each word, true when it lies inside quotation marks. */
  quotedWords: readonly boolean[];
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
      // Spans and sentences are both in text order: one walk pairs them, however many there are of each.
      let first = 0;
      const own = locateSentences(paragraph).map(({ sentence, start, end }, k): SentenceReading => {
        const quoted: Array<[number, number]> = [];
        const spanEnd = (span: QuoteSpan) => (span.close === null ? span.end : span.close + 1);
        while (first < spans.length && spanEnd(spans[first]!) <= start) first += 1;
        for (let i = first; i < spans.length && spans[i]!.open < end; i += 1) {
          const span = spans[i]!;
          const from = Math.max(span.open, start);
          const to = Math.min(spanEnd(span), end);
          if (from < to) quoted.push([from - start, to - start]);
        }
        const { tokens, words } = read(sentence.text);
        return {
          sentence,
          tokens,
          words,
          quoted,
          quotedWords: flagWords(words, quoted),
          start,
          end,
          position: sentences.length + k,
          paragraph: paragraphIndex,
        };
      });
      sentences.push(...own);
      return { paragraph, spans, sentences: own };
    });
    return { parsed, paragraphs, sentences };
  });
}

/** Which words lie inside the ranges: one pass over both, which are in text order. */
function flagWords(words: readonly Token[], ranges: ReadonlyArray<readonly [number, number]>): boolean[] {
  const flags: boolean[] = [];
  let r = 0;
  for (const word of words) {
    while (r < ranges.length && ranges[r]![1] <= word.start) r += 1;
    const range = ranges[r];
    flags.push(range !== undefined && word.start >= range[0] && word.end <= range[1]);
  }
  return flags;
}

/** The last range that starts at or before `offset` (binary search), or undefined. */
function rangeAt(ranges: ReadonlyArray<readonly [number, number]>, offset: number): readonly [number, number] | undefined {
  return ranges[partitionPoint(ranges, (range) => range[0] <= offset) - 1];
}

/** True when the token lies inside quotation marks. */
export function isQuotedToken(reading: Pick<SentenceReading, 'quoted'>, token: Pick<Token, 'start' | 'end'>): boolean {
  const range = rangeAt(reading.quoted, token.start);
  return range !== undefined && token.end <= range[1];
}

/** True when a sentence offset lies inside quotation marks (marks included). */
export function isQuotedOffset(reading: Pick<SentenceReading, 'quoted'>, offset: number): boolean {
  const range = rangeAt(reading.quoted, offset);
  return range !== undefined && offset < range[1];
}
