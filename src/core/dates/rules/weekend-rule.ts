/**
 * "Over the weekend", "at the weekend", "during the weekend": the Saturday and Sunday before the day
 * of writing when the clause speaks of the past (the weekend it is, when written on one), the coming
 * one when it speaks of the future. "This/last/next weekend" are read by `relative-period-rule.ts`.
 * A count of days right before it ("talks that spanned three days over the weekend") is a stretch that
 * ends on the Sunday, dated by its first day, the one day the text fixes.
 */
import { countPattern, parseCount } from '../../figures/parse-count.ts';
import { describeSpan, formatDay, mondayOf, weekdayOf } from '../calendar.ts';
import type { DateContext, DateMention, DateRule } from '../rule.ts';
import { decideTense } from '../decide-tense.ts';
import { tokenAt } from '../../reading/tokenize.ts';

const pattern = /\b(?:over|at|during|on|through|throughout)\s+the\s+weekend\b/gi;
/** "Three days" right before the weekend phrase. */
const stretchBefore = new RegExp(`\\b(${countPattern})\\s+days\\s+$`, 'i');
/** Most days a stretch ending on a Sunday may count and still be read: a long weekend. */
const maxStretch = 4;

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
    const stretch = stretchBefore.exec(context.text.slice(Math.max(0, start - 24), start));
    const days = stretch === null ? null : parseCount(stretch[1]!);
    if (days !== null && days >= 2 && days <= maxStretch) {
      const from = first + 1 - (days - 1);
      mentions.push({ start: start - stretch![0].length, end, date: formatDay(from, 'day'), precision: 'day', rule: weekendRule.name });
    } else mentions.push({ start, end, ...describeSpan(first, first + 1), rule: weekendRule.name });
  }
  return mentions;
}

export const weekendRule: DateRule = { name: 'weekend', find };
