/**
 * Sentence splitting: `Intl.Segmenter` (Unicode UAX #29 sentence boundaries) proposes,
 * an ordered list of small named repair rules disposes (after wooorm's parse-latin).
 */
import type { SentenceRule } from './rule.ts';
import { sentenceRules } from './rules.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Where UAX #29 may end a sentence: a terminator (`Sentence_Terminal`, and the ATerm dots that
 * property lacks) or a paragraph separator.
 */
const possibleBreak = /[\p{Sentence_Terminal}\u2024\ufe52\uff0e\n\r\u0085\u2028\u2029]/u;

/** Closing punctuation after which the text ends at once: terminators, closing quotes or brackets, spaces (rules SB8a to SB11). */
const closingTail = /^[.!?]+[)\]"'”’]*[ ]*$/;

/**
 * True when the segmenter would return the paragraph whole: no possible break before its
 * closing punctuation. Many paragraphs are one sentence, and segmenting costs more than this test.
 */
function isOneSegment(paragraph: string): boolean {
  const first = paragraph.search(possibleBreak);
  return first === -1 || closingTail.test(paragraph.slice(first));
}

/** The segmenter's sentences of a paragraph. */
function segmentsOf(paragraph: string): string[] {
  if (paragraph.length > 0 && isOneSegment(paragraph)) return [paragraph];
  return Array.from(segmenter.segment(paragraph), (s) => s.segment);
}

/** Splits one paragraph of normalised text into trimmed sentence texts. */
export function splitSentences(paragraph: string, rules: readonly SentenceRule[] = sentenceRules): string[] {
  let segments = segmentsOf(paragraph);
  for (const rule of rules) segments = rule.apply(segments);
  return segments.map((segment) => segment.trim()).filter((segment) => segment.length > 0);
}
