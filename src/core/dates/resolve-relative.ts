/**
 * Dates a mention counted from another happening (`DateMention.relative`): on a day date written
 * after it in the sentence, else one written before it, else the reference day (the day the
 * sentences just before told), else the day of writing, as far as the phrasing allows each.
 */
import {
  describeSpan,
  firstDayOfMonthIndex,
  monthIndexOf,
  parseIsoDay,
  toCalendarDate,
  toDayNumber,
  type DatedValue,
  type DayNumber,
} from './calendar.ts';
import type { DateMention, DaySpan } from './rule.ts';

/** The absolute day dates of a sentence, in text order. */
function absoluteDays(mentions: readonly DateMention[]): DateMention[] {
  return mentions.filter((m) => m.precision === 'day' && m.relative === undefined);
}

/** The date a span from an anchor day holds: days as they fall, months and years by the calendar. */
function spanFrom(day: DayNumber, span: DaySpan): DatedValue {
  if (span.unit === undefined) return describeSpan(day + span.first, day + span.last);
  if (span.unit === 'year') {
    const { year } = toCalendarDate(day);
    return describeSpan(toDayNumber(year + span.first, 1, 1), toDayNumber(year + span.last, 12, 31));
  }
  const month = monthIndexOf(day);
  return describeSpan(firstDayOfMonthIndex(month + span.first), firstDayOfMonthIndex(month + span.last + 1) - 1);
}

/** The first day a span from an anchor day covers. */
function firstDayOf(day: DayNumber, span: DaySpan): DayNumber {
  if (span.unit === undefined) return day + span.first;
  if (span.unit === 'year') return toDayNumber(toCalendarDate(day).year + span.first, 1, 1);
  return firstDayOfMonthIndex(monthIndexOf(day) + span.first);
}

/**
 * The mention with its date anchored, or null when nothing it may count from is known. Counted from a
 * day the sentences before told, or from the day of writing, a clause in the past tense (`isPast`)
 * cannot land after the day of writing: such an anchor is passed over ("a day earlier" after a
 * deadline still ahead), and a phrase no anchor dates in the past is left undated. A date written in
 * the sentence itself is trusted over the tense.
 */
export function resolveRelative(
  mention: DateMention,
  sentence: readonly DateMention[],
  reference: DayNumber | null,
  written: DayNumber,
  isPast: () => boolean = () => false,
): DateMention | null {
  const relative = mention.relative;
  if (!relative) return mention;
  const days = absoluteDays(sentence);
  const after = days.find((m) => m.start >= mention.end);
  const before = days.findLast((m) => m.end <= mention.start);
  let past: boolean | undefined;
  const lands = (day: DayNumber, span: DaySpan) => !(firstDayOf(day, span) > written && (past ??= isPast()));
  let anchor: [DayNumber, DaySpan] | null = null;
  if (relative.after && after) anchor = [parseIsoDay(after.date), relative.after];
  else if (relative.before && before) anchor = [parseIsoDay(before.date), relative.before];
  else if (relative.reference && reference !== null && lands(reference, relative.reference)) anchor = [reference, relative.reference];
  else if (relative.now && lands(written, relative.now)) anchor = [written, relative.now];
  if (anchor === null) return null;
  const [day, span] = anchor;
  const dated: DateMention = { start: mention.start, end: mention.end, ...spanFrom(day, span), rule: mention.rule };
  return span.background ? { ...dated, background: true } : dated;
}
