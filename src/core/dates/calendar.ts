/**
 * UTC calendar arithmetic on whole day numbers. Nothing here reads the local time zone:
 * every conversion goes through `Date.UTC` and `getUTC*`, so results do not depend on `TZ`.
 */
import type { Precision } from '../model.ts';

/** Whole days since 1970-01-01 (UTC). */
export type DayNumber = number;

/** A calendar date as numbers; `month` is 1-12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A date at some precision, as the model writes it. */
export interface DatedValue {
  date: string;
  precision: Precision;
}

const msPerDay = 86_400_000;

/** The day number of a calendar date; out-of-range days and months roll over like `Date.UTC`. */
export function toDayNumber(year: number, month: number, day: number): DayNumber {
  return Math.round(Date.UTC(year, month - 1, day) / msPerDay);
}

/** The day number of a `YYYY-MM-DD` string. */
export function parseIsoDay(iso: string): DayNumber {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  return toDayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The calendar date of a day number. */
export function toCalendarDate(day: DayNumber): CalendarDate {
  const date = new Date(day * msPerDay);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Day of the week: 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The Monday that starts the (ISO) week containing `day`. */
export function mondayOf(day: DayNumber): DayNumber {
  return day - ((weekdayOf(day) + 6) % 7);
}

/** Months counted from year 0, so that month arithmetic is plain addition. */
export function monthIndexOf(day: DayNumber): number {
  const { year, month } = toCalendarDate(day);
  return year * 12 + (month - 1);
}

/** The first day of a month index. */
export function firstDayOfMonthIndex(index: number): DayNumber {
  return toDayNumber(Math.floor(index / 12), (index % 12) + 1, 1);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Formats a day number at a precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export function formatDay(day: DayNumber, precision: Precision): string {
  const { year, month, day: dom } = toCalendarDate(day);
  if (precision === 'year') return pad(year, 4);
  if (precision === 'month') return `${pad(year, 4)}-${pad(month, 2)}`;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(dom, 2)}`;
}

/**
 * The most exact honest date for a span of days: one day, else the month holding all of it,
 * else the year holding all of it, else the year of its middle day.
 */
export function describeSpan(first: DayNumber, last: DayNumber): DatedValue {
  const a = toCalendarDate(first);
  const b = toCalendarDate(last);
  if (first === last) return { date: formatDay(first, 'day'), precision: 'day' };
  if (a.year === b.year && a.month === b.month) return { date: formatDay(first, 'month'), precision: 'month' };
  if (a.year === b.year) return { date: formatDay(first, 'year'), precision: 'year' };
  return { date: formatDay(Math.floor((first + last) / 2), 'year'), precision: 'year' };
}
