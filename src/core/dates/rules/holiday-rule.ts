/**
 * Holidays used as dates ("by Thanksgiving", "a ceasefire over Christmas"): the occurrence within
 * two months of publication, else the one the tense points to (the coming one when nothing says).
 */
import { formatDay, toCalendarDate, toDayNumber, weekdayOf, type DayNumber } from '../calendar.ts';
import type { DateContext, DateMention, DateRule } from '../rule.ts';
import { chooseOccurrence } from '../choose-year.ts';
import { decideTense } from '../decide-tense.ts';
import { tokenAt } from '../../reading/tokenize.ts';
import { widenEvidence } from '../widen-evidence.ts';
import { holidays, type Holiday } from '../words/holidays.ts';
import { cue, hasCue } from '../sentence-words.ts';

const pattern = new RegExp(`\\b(${holidays.map((h) => h.name.replace("'", "['’]")).join('|')})\\b`, 'gi');

/** The day a holiday falls on in a year. */
function holidayDay(holiday: Holiday, year: number): DayNumber {
  if (holiday.day !== null) return toDayNumber(year, holiday.month, holiday.day);
  const [weekday, nth] = holiday.nthWeekday ?? [0, 1];
  const first = toDayNumber(year, holiday.month, 1);
  return first + ((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7;
}

/** The word of each holiday that is written with a capital. */
const heads = cue(['christmas', 'thanksgiving', "year's", 'orthodox']);

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  if (!hasCue(context.words.capitalisedCues, heads)) return mentions;
  for (const match of context.text.matchAll(pattern)) {
    const written = match[0];
    if (written[0] !== written[0]?.toUpperCase()) continue;
    const holiday = holidays.find((h) => h.name === written.toLowerCase().replace('’', "'"));
    if (!holiday) continue;
    const start = match.index;
    const end = start + written.length;
    const tense = decideTense(context.tokens, tokenAt(context.tokens, start), tokenAt(context.tokens, end - 1));
    const { year } = toCalendarDate(context.published);
    const days = [year - 1, year, year + 1].map((y) => holidayDay(holiday, y));
    const day = chooseOccurrence(context.published, days, tense ?? 'future');
    mentions.push({
      start: widenEvidence(context.tokens, start),
      end,
      date: formatDay(day, 'day'),
      precision: 'day',
      rule: holidayRule.name,
    });
  }
  return mentions;
}

export const holidayRule: DateRule = { name: 'holiday', find };
