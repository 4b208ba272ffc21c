/**
 * Finds where each sentence of a paragraph sits in the paragraph's text, so that quotation
 * spans (found on the paragraph) can be mapped to sentence ids and sentence offsets.
 */
import type { Paragraph, TextSentence } from '../stages.ts';

/** A sentence with its `[start, end)` range in the paragraph text. */
export interface LocatedSentence {
  /** The sentence. */
  sentence: TextSentence;
  /** Start offset in the paragraph text. */
  start: number;
  /** End offset (exclusive). */
  end: number;
}

/**
 * Locates sentences in order. A sentence the text stage changed (so it is not found verbatim)
 * is placed right after the previous one, keeping its own length.
 */
export function locateSentences(paragraph: Paragraph): LocatedSentence[] {
  const located: LocatedSentence[] = [];
  let cursor = 0;
  for (const sentence of paragraph.sentences) {
    const found = paragraph.text.indexOf(sentence.text, cursor);
    const start = found >= 0 ? found : Math.min(cursor, paragraph.text.length);
    const end = start + sentence.text.length;
    located.push({ sentence, start, end });
    cursor = end;
  }
  return located;
}
