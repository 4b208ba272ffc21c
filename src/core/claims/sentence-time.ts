/**
 * When a sentence says its fact happened: the days its resolved dates cover (a day, a whole month or a
 * whole year), or, when it gives no date, the week before its article appeared (news reports what
 * just happened). Two reports can be of one fact only when their times meet.
 */
import type { Precision } from '../model.ts';

/** Days (since 1970-01-01, UTC) from `from` to `to`, inclusive. */
export interface TimeSpan {
  from: number;
  to: number;
  /** True when the sentence states this date; false for its article's window. */
  stated: boolean;
}

/** Days before publication an undated sentence may speak of. */
export const undatedDays = 7;
/** Days two stated dates may lie apart and still be one happening, differently dated ("Friday" read in New Zealand). */
export const slackDays = 1;

const dayOf = (iso: string): number => Date.UTC(+iso.slice(0, 4), +(iso.slice(5, 7) || 1) - 1, +(iso.slice(8, 10) || 1)) / 86_400_000;

/** The day number of a `YYYY-MM-DD` date. */
export function dayNumber(iso: string): number {
  return dayOf(iso);
}

/** The span one resolved date covers. */
function spanOf(date: string, precision: Precision): TimeSpan {
  const from = dayOf(date);
  if (precision === 'day') return { from, to: from, stated: true };
  if (precision === 'month') {
    const [year, month] = [+date.slice(0, 4), +date.slice(5, 7)];
    return { from, to: Date.UTC(year, month, 0) / 86_400_000, stated: true };
  }
  return { from, to: Date.UTC(+date.slice(0, 4), 11, 31) / 86_400_000, stated: true };
}

/** A sentence's time from its resolved dates, or its article's window when it has none. */
export function timeOf(dates: readonly { date: string; precision: Precision }[], published: string): TimeSpan[] {
  if (dates.length > 0) return dates.map(({ date, precision }) => spanOf(date, precision));
  const day = dayOf(published);
  return [{ from: day - undatedDays, to: day, stated: false }];
}

/** True when some span of `x` meets some span of `y`, give or take a day (time zones). */
export function timesMeet(x: readonly TimeSpan[], y: readonly TimeSpan[]): boolean {
  for (const u of x) {
    for (const v of y) {
      if (u.from - slackDays <= v.to && v.from - slackDays <= u.to) return true;
    }
  }
  return false;
}

/** A stated day. */
const exact = (span: TimeSpan): boolean => span.stated && span.to === span.from;

/** True when both sentences state a day and two of them meet (give or take a day): the same dated happening. */
export function statedTimesMeet(x: readonly TimeSpan[], y: readonly TimeSpan[]): boolean {
  return timesMeet(x.filter(exact), y.filter(exact));
}
