/**
 * Counted offsets from publication: "three days ago", "two weeks ago", "a month ago",
 * "in two weeks", "10 days from now", "with one day to go until". A day offset is a day; a week
 * offset is the seven days around it; month and year offsets keep their own precision.
 */
import { describeSpan, firstDayOfMonthIndex, formatDay, monthIndexOf, type DayNumber } from '../calendar.ts';
import type { DateContext, DateMention, DateRule } from '../rule.ts';
import { countPattern, parseCount } from '../../figures/parse-count.ts';
import { cue, hasCue } from '../sentence-words.ts';

const past = new RegExp(`\\b(a|an|${countPattern})\\s+(day|week|month|year)s?\\s+(ago)\\b`, 'gi');
const ahead = new RegExp(
  `\\b(?:in\\s+(a|an|${countPattern})\\s+(day|week)s?(?:['’]?\\s+time)?\\b|(a|an|${countPattern})\\s+(day|week|month)s?\\s+(?:from now|to go)\\b)`,
  'gi',
);

function shifted(published: DayNumber, count: number, unit: string): Pick<DateMention, 'date' | 'precision'> {
  if (unit === 'day') return { date: formatDay(published + count, 'day'), precision: 'day' };
  if (unit === 'week') return describeSpan(published + 7 * count - 3, published + 7 * count + 3);
  if (unit === 'month') return { date: formatDay(firstDayOfMonthIndex(monthIndexOf(published) + count), 'month'), precision: 'month' };
  return { date: formatDay(firstDayOfMonthIndex(monthIndexOf(published) + 12 * count), 'year'), precision: 'year' };
}

/** The unit words alone: a first test that most sentences fail. */
const units = cue(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  if (!hasCue(context.words.cues, units)) return mentions;
  for (const [pattern, sign] of [
    [past, -1],
    [ahead, 1],
  ] as const) {
    for (const match of context.text.matchAll(pattern)) {
      const written = match[1] ?? match[3] ?? '';
      const unit = (match[2] ?? match[4] ?? '').toLowerCase();
      const count = parseCount(written);
      if (count === null || !Number.isInteger(count)) continue;
      mentions.push({
        start: match.index,
        end: match.index + match[0].length,
        ...shifted(context.published, sign * count, unit),
        rule: offsetRule.name,
      });
    }
  }
  return mentions;
}

export const offsetRule: DateRule = { name: 'offset', find };
