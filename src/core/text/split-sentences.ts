/**
 * Sentence splitting: `Intl.Segmenter` (Unicode UAX #29 sentence boundaries) proposes,
 * an ordered list of small named repair rules disposes (after wooorm's parse-latin).
 */
import { attachClosingQuote } from './rules/attach-closing-quote.ts';
import { dropPunctuationOnly } from './rules/drop-punctuation-only.ts';
import { mergeAbbreviations } from './rules/merge-abbreviations.ts';
import { mergeInitials } from './rules/merge-initials.ts';
import { mergeLowercaseStart } from './rules/merge-lowercase-start.ts';
import { mergeQuoteAttribution } from './rules/merge-quote-attribution.ts';
import { moveOpeningQuote } from './rules/move-opening-quote.ts';
import { splitCapitalisedPronoun } from './rules/split-capitalised-pronoun.ts';
import { splitLongSentences } from './rules/split-long-sentences.ts';
import { splitMissingSpace } from './rules/split-missing-space.ts';

/** A repair rule: raw segments of one paragraph in, repaired segments out. */
export interface SentenceRule {
  /** Rule name, for tests and debugging. */
  name: string;
  /** Rewrites the segments; their concatenation stays the paragraph text (except when dropping). */
  apply: (segments: readonly string[]) => string[];
}

/** The repair rules, in the order they run: quote marks first, then merges, then splits. */
export const sentenceRules: readonly SentenceRule[] = [
  { name: 'move-opening-quote', apply: moveOpeningQuote },
  { name: 'attach-closing-quote', apply: attachClosingQuote },
  { name: 'merge-abbreviations', apply: mergeAbbreviations },
  { name: 'merge-initials', apply: mergeInitials },
  { name: 'merge-lowercase-start', apply: mergeLowercaseStart },
  { name: 'merge-quote-attribution', apply: mergeQuoteAttribution },
  { name: 'split-missing-space', apply: splitMissingSpace },
  { name: 'split-capitalised-pronoun', apply: splitCapitalisedPronoun },
  { name: 'drop-punctuation-only', apply: dropPunctuationOnly },
  { name: 'split-long-sentences', apply: splitLongSentences },
];

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
