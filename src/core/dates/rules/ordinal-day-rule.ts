/**
 * A day of the month written as an ordinal without the month ("on the 15th", "by the 20th", "from
 * the 3rd"): the day in the month of writing, or in the month before or after when the tense points
 * there (past and after the day of writing: last month; future and before it: next month). Days
 * written with a month ("the 15th of December") are read by `explicit-date-rule.ts` first.
 */
import { firstDayOfMonthIndex, formatDay, monthIndexOf } from '../calendar.ts';
import type { DateContext, DateMention, DateRule } from '../rule.ts';
import { decideTense } from '../decide-tense.ts';
import { tokenAt } from '../../reading/tokenize.ts';

const pattern =
  /\b(?:on|by|from|until|till|since|before|after|for)\s+the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of|century|anniversary|time|round|day|year|week|month|floor|place|birthday|straight|consecutive)\b)/gi;

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  if (!context.words.all.has('the') || !/\d(?:st|nd|rd|th)\b/.test(context.text)) return mentions;
  for (const match of context.text.matchAll(pattern)) {
    const dayOfMonth = Number(match[1]);
    const start = match.index;
    const end = start + match[0].length;
    const tense = decideTense(context.tokens, tokenAt(context.tokens, start), tokenAt(context.tokens, end - 1));
    const now = monthIndexOf(context.published);
    const inMonth = (month: number) => firstDayOfMonthIndex(month) + dayOfMonth - 1;
    let month = now;
    if (tense === 'past' && inMonth(now) > context.published) month = now - 1;
    else if (tense === 'future' && inMonth(now) < context.published) month = now + 1;
    const day = inMonth(month);
    // A day the month does not have ("the 31st" of a 30-day month) is not a date.
    if (monthIndexOf(day) !== month) continue;
    mentions.push({ start, end, date: formatDay(day, 'day'), precision: 'day', rule: ordinalDayRule.name });
  }
  return mentions;
}

export const ordinalDayRule: DateRule = { name: 'ordinal-day', find };
