/**
 * "Over the weekend", "at the weekend", "during the weekend": the Saturday and Sunday before the day
 * of writing when the clause speaks of the past (the weekend it is, when written on one), the coming
 * one when it speaks of the future. "This/last/next weekend" are read by `relative-period-rule.ts`.
 */
import { describeSpan, mondayOf, weekdayOf } from '../calendar.ts';
import type { DateContext, DateMention, DateRule } from '../rule.ts';
import { decideTense } from '../decide-tense.ts';
import { tokenAt } from '../../reading/tokenize.ts';

const pattern = /\b(?:over|at|during|on|through|throughout)\s+the\s+weekend\b/gi;

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  if (!context.words.all.has('weekend')) return mentions;
  for (const match of context.text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    const tense = decideTense(context.tokens, tokenAt(context.tokens, start), tokenAt(context.tokens, end - 1));
    const saturday = mondayOf(context.published) + 5;
    const onWeekend = weekdayOf(context.published) === 0 || weekdayOf(context.published) === 6;
    // The Monday-based week puts a Sunday's own weekend in the week that ends on it.
    const first = onWeekend ? saturday : tense === 'future' ? saturday : saturday - 7;
    mentions.push({ start, end, ...describeSpan(first, first + 1), rule: weekendRule.name });
  }
  return mentions;
}

export const weekendRule: DateRule = { name: 'weekend', find };
