/**
 * Compact dates for card figures, where `14 August 2025 – 27 November 2025` would not fit on one line:
 * `14 Aug – 27 Nov 2025`. Fixed English month names; precision is kept (a month never gains a day).
 */
import type { Precision } from '../../core/model.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date and how exact it is. */
export interface DatePoint {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  /** How exact. */
  precision: Precision;
}

/** `2025-08-14` → `14 Aug 2025`; `2025-08` (month) → `Aug 2025`; `2025` → `2025`. */
export function shortDate(point: DatePoint, withYear = true): string {
  const [year = '', month = '', day = ''] = point.date.split('-');
  const monthName = MONTHS[Number(month) - 1];
  if (point.precision === 'year' || monthName === undefined) return year;
  const parts = point.precision === 'day' && day !== '' ? [String(Number(day)), monthName] : [monthName];
  return withYear ? [...parts, year].join(' ') : parts.join(' ');
}

/** A range, the year said once when both ends share it: `14 Aug – 27 Nov 2025`, `Feb 2022 – 27 Nov 2025`. */
export function shortDateRange(first: DatePoint, last: DatePoint): string {
  const end = shortDate(last);
  if (first.date === last.date && first.precision === last.precision) return end;
  const sameYear = first.date.slice(0, 4) === last.date.slice(0, 4) && first.precision !== 'year';
  return `${shortDate(first, !sameYear)} – ${end}`;
}
