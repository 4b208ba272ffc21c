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
  /** The tokens of each sentence, in sentence order (shared with other sentences of the same text). */
  tokens: (readonly Token[])[];
}

/** Reads a paragraph; `tokenize` may hand back one token list for every sentence of the same text. */
export function readParagraph(paragraph: Paragraph, tokenize: (text: string) => readonly Token[] = tokenizeSentence): ParagraphReading {
  const located = locateSentences(paragraph);
  return { located, spans: findQuoteSpans(paragraph.text), tokens: located.map((entry) => tokenize(entry.sentence.text)) };
}
