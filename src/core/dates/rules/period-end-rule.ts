/**
 * The end of the current week, month or year as a deadline or time: "by the end of the year",
 * "at the end of this month", "by year-end". The period of the day of writing, or the one before when
 * the clause is in the past and the period has only just begun (written in its first week or, for a
 * year, its first two months). A week is told by the month or year that holds it.
 */
import { describeSpan, firstDayOfMonthIndex, formatDay, mondayOf, monthIndexOf, toCalendarDate, toDayNumber } from '../calendar.ts';
import type { DateContext, DateMention, DateRule } from '../rule.ts';
import { decideTense } from '../decide-tense.ts';
import { tokenAt } from '../../reading/tokenize.ts';

const pattern = /\b(?:(?:the\s+)?end\s+of\s+(?:the|this)\s+(week|month|year)|(week|month|year)[-\s]end)\b/gi;

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  if (!context.words.all.has('end')) return mentions;
  for (const match of context.text.matchAll(pattern)) {
    const unit = (match[1] ?? match[2] ?? '').toLowerCase();
    const start = match.index;
    const end = start + match[0].length;
    const past = decideTense(context.tokens, tokenAt(context.tokens, start), tokenAt(context.tokens, end - 1)) === 'past';
    const now = context.published;
    let dated: Pick<DateMention, 'date' | 'precision'>;
    if (unit === 'week') {
      const monday = mondayOf(now) - (past && now - mondayOf(now) < 1 ? 7 : 0);
      dated = describeSpan(monday, monday + 6);
    } else if (unit === 'month') {
      const month = monthIndexOf(now) - (past && toCalendarDate(now).day <= 7 ? 1 : 0);
      dated = { date: formatDay(firstDayOfMonthIndex(month), 'month'), precision: 'month' };
    } else {
      const { year, month } = toCalendarDate(now);
      dated = { date: formatDay(toDayNumber(past && month <= 2 ? year - 1 : year, 1, 1), 'year'), precision: 'year' };
    }
    mentions.push({ start, end, ...dated, rule: periodEndRule.name });
  }
  return mentions;
}

export const periodEndRule: DateRule = { name: 'period-end', find };
