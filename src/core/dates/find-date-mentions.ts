/**
 * Runs the date rules over one sentence, in order, and keeps each stretch of text for the first
 * rule that claims it: specific phrasings ("mid-November", "late last month") run before the
 * general ones that would read only part of them ("November", "month").
 */
import type { DateContext, DateMention, DateRule } from './date-rule.ts';
import { sentenceWords } from './sentence-words.ts';
import { anchoredOffsetRule } from './rules/anchored-offset-rule.ts';
import { bareYearRule } from './rules/bare-year-rule.ts';
import { elapsedSpanRule } from './rules/elapsed-span-rule.ts';
import { eveRule } from './rules/eve-rule.ts';
import { explicitDateRule } from './rules/explicit-date-rule.ts';
import { holidayRule } from './rules/holiday-rule.ts';
import { offsetRule } from './rules/offset-rule.ts';
import { ordinalDayRule } from './rules/ordinal-day-rule.ts';
import { partOfMonthRule } from './rules/part-of-month-rule.ts';
import { periodEndRule } from './rules/period-end-rule.ts';
import { precedingSpanRule } from './rules/preceding-span-rule.ts';
import { relativeDayRule } from './rules/relative-day-rule.ts';
import { relativePeriodRule } from './rules/relative-period-rule.ts';
import { vagueOffsetRule } from './rules/vague-offset-rule.ts';
import { weekdayRule } from './rules/weekday-rule.ts';
import { weekendRule } from './rules/weekend-rule.ts';
import { withinRule } from './rules/within-rule.ts';

/** The date rules, most specific first. */
export const dateRules: readonly DateRule[] = [
  partOfMonthRule,
  periodEndRule,
  holidayRule,
  eveRule,
  relativePeriodRule,
  weekendRule,
  precedingSpanRule,
  offsetRule,
  withinRule,
  anchoredOffsetRule,
  vagueOffsetRule,
  elapsedSpanRule,
  explicitDateRule,
  relativeDayRule,
  weekdayRule,
  ordinalDayRule,
  bareYearRule,
];

/**
 * Adds a rule's mentions to the kept ones, both in text order, leaving out any that shares text with a kept one:
 * one merge of the two lists, so a sentence with thousands of dates costs no more per date than one with two.
 */
function mergeApart(kept: readonly DateMention[], found: readonly DateMention[]): DateMention[] {
  const merged: DateMention[] = [];
  const sorted = [...found].sort((a, b) => a.start - b.start);
  let k = 0;
  let lastEnd = -1;
  for (const mention of sorted) {
    while (k < kept.length && kept[k]!.start < mention.start) {
      merged.push(kept[k]!);
      lastEnd = Math.max(lastEnd, kept[k]!.end);
      k += 1;
    }
    const next = kept[k];
    // Apart from the kept mention before it, the one after it, and what this rule kept just before.
    if (mention.start < lastEnd || (next !== undefined && next.start < mention.end)) continue;
    merged.push(mention);
    lastEnd = mention.end;
  }
  while (k < kept.length) merged.push(kept[k++]!);
  return merged;
}

/** The dates of one sentence, in text order; no two share any text. */
export function findDateMentions(sentence: Omit<DateContext, 'words'>, rules: readonly DateRule[] = dateRules): DateMention[] {
  const context: DateContext = { ...sentence, words: sentenceWords(sentence.tokens) };
  let kept: DateMention[] = [];
  for (const rule of rules) kept = mergeApart(kept, rule.find(context));
  return kept;
}
