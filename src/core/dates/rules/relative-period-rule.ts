/**
 * Weeks, weekends, months and years named relative to publication: "this week", "last month",
 * "earlier in the week", "late last month", "next year", "earlier this year". The span is
 * reported at the most exact precision that holds all of it (a week is a month, or a year
 * when it straddles two months).
 */
import { describeSpan, firstDayOfMonthIndex, mondayOf, monthIndexOf, toCalendarDate, toDayNumber, type DayNumber } from '../calendar.ts';
import type { DateContext, DateMention, DateRule } from '../rule.ts';
import { decideTense } from '../decide-tense.ts';
import { cue, hasCue } from '../sentence-words.ts';
import { tokenAt } from '../../reading/tokenize.ts';
import { widenEvidence } from '../widen-evidence.ts';

const pattern = /\b(?:(early|mid|late|earlier|later)[- ](?:(?:in|on) )?)?(this|last|next|the)\s+(week|weekend|month|year)\b/gi;

type Span = [DayNumber, DayNumber];

function weekSpan(published: DayNumber, which: string, part: string, tense: string | null): Span {
  const monday = mondayOf(published) + (which === 'last' ? -7 : which === 'next' ? 7 : 0);
  if (which === 'last' || which === 'next') return [monday, monday + 6];
  // Written on the week's first day, "earlier this week" can only mean the days just before.
  if (part === 'earlier' && published === monday) return [published - 6, published - 1];
  if (part === 'earlier' || tense === 'past') return [monday, Math.max(monday, published - (part === 'earlier' ? 1 : 0))];
  if (part === 'later' || tense === 'future') return [Math.min(published + (part === 'later' ? 1 : 0), monday + 6), monday + 6];
  return [monday, monday + 6];
}

function spanOf(context: DateContext, which: string, unit: string, part: string, first: number, last: number): Span {
  const published = context.published;
  if (unit === 'week') return weekSpan(published, which, part, which === 'this' ? decideTense(context.tokens, first, last) : null);
  if (unit === 'weekend') {
    const saturday = mondayOf(published) + 5 + (which === 'last' ? -7 : which === 'next' ? 7 : 0);
    return [saturday, saturday + 1];
  }
  if (unit === 'month') {
    const index = monthIndexOf(published) + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
    return [firstDayOfMonthIndex(index), firstDayOfMonthIndex(index + 1) - 1];
  }
  const year = toCalendarDate(published).year + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
  return [toDayNumber(year, 1, 1), toDayNumber(year, 12, 31)];
}

/** The unit words alone: a first test that most sentences fail. */
const units = cue(['week', 'weekend', 'month', 'year']);

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  if (!hasCue(context.words.cues, units)) return mentions;
  for (const match of context.text.matchAll(pattern)) {
    const part = (match[1] ?? '').toLowerCase();
    const which = (match[2] ?? '').toLowerCase();
    const unit = (match[3] ?? '').toLowerCase();
    // "the week" names this week only after "earlier in" / "later in".
    if (which === 'the' && part !== 'earlier' && part !== 'later') continue;
    const start = match.index;
    const end = start + match[0].length;
    const first = tokenAt(context.tokens, start);
    const last = tokenAt(context.tokens, end - 1);
    const [from, to] = spanOf(context, which, unit, part, first, last);
    mentions.push({
      start: widenEvidence(context.tokens, start),
      end,
      ...describeSpan(from, to),
      rule: relativePeriodRule.name,
    });
  }
  return mentions;
}

export const relativePeriodRule: DateRule = { name: 'relative-period', find };
