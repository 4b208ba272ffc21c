/** The sentence splitter's repair rules (`split-sentences.ts`), in the order they run. */
import type { SentenceRule } from './rule.ts';
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
