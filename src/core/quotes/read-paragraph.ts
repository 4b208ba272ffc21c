/**
 * What the participants and quotes stages both read of a paragraph: where its sentences sit, its
 * quotations, and the tokens of each sentence. The participants stage reads it and hands it on, so
 * nothing is read twice and nothing outlives the quotes stage.
 */
import type { Paragraph } from '../stages.ts';
import { tokenizeSentence, type Token } from '../participants/tokenize-sentence.ts';
import { findQuoteSpans, type QuoteSpan } from './find-quote-spans.ts';
import { locateSentences, type LocatedSentence } from './locate-sentences.ts';

/** One paragraph, read. */
export interface ParagraphReading {
  /** Its sentences with their ranges in the paragraph text. */
  located: LocatedSentence[];
  /** Its quotations, in paragraph offsets. */
  spans: QuoteSpan[];
  /** The tokens of each sentence, in sentence order. */
  tokens: Token[][];
}

/** Reads a paragraph. */
export function readParagraph(paragraph: Paragraph): ParagraphReading {
  const located = locateSentences(paragraph);
  return { located, spans: findQuoteSpans(paragraph.text), tokens: located.map((entry) => tokenizeSentence(entry.sentence.text)) };
}
