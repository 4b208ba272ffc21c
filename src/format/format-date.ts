/**
 * Dates for readers, with fixed English names: no locale or time zone of the build machine leaks in.
 * Precision is shown honestly: a month-precise date never gains a day.
 */
import type { Precision } from '../core/model.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `2025-08-15` → `Fri 15 Aug 2025`; `2025-08` → `August 2025`; `2025` → `2025`. */
export function formatDate(date: string, precision: Precision = 'day'): string {
  const [year = '', month = '1', day = '1'] = date.split('-');
  const monthName = MONTHS[Number(month) - 1] ?? '';
  if (precision === 'year') return year;
  if (precision === 'month') return `${monthName} ${year}`;
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay()];
  return `${weekday} ${Number(day)} ${monthName.slice(0, 3)} ${year}`;
}

/** `2025-08-14` → `14 August 2025`, for running text. */
export function formatLongDate(date: string): string {
  const [year = '', month = '1', day = '1'] = date.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? ''} ${year}`;
}

/** A date range for footers and coverage boxes: `14 Aug – 27 Nov 2025`. */
export function formatRange(first: string | null, last: string | null): string {
  if (!first || !last) return 'no articles yet';
  if (first === last) return formatLongDate(first);
  return `${formatLongDate(first)} – ${formatLongDate(last)}`;
}

/** The span of two dated things, each at its own precision, for headings: `August 2025 – Mon 1 Sep 2025`; one date when both read alike. */
export function formatSpan(from: { date: string; precision: Precision }, to: { date: string; precision: Precision }): string {
  const [first, last] = [formatDate(from.date, from.precision), formatDate(to.date, to.precision)];
  return first === last ? first : `${first} – ${last}`;
}
