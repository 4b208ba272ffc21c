/**
 * Calendar arithmetic for charts, in UTC only so no build machine's time zone shifts a bar.
 */

/** Days since 1970-01-01 of a `YYYY-MM-DD`, `YYYY-MM` or `YYYY` date (missing parts are the first). */
export function dayNumber(date: string): number {
  const [year = '1970', month = '1', day = '1'] = date.split('-');
  return Math.floor(Date.UTC(Number(year), Number(month) - 1, Number(day)) / 86_400_000);
}

/** `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The Monday that starts the week of a day number. */
export function weekStart(day: number): number {
  // 1970-01-01 was a Thursday: shift so Monday is 0.
  return day - ((day + 3) % 7);
}

/** Maps a day number onto [left, right] for the span [first, last]. */
export function linearScale(first: number, last: number, left: number, right: number): (day: number) => number {
  const span = Math.max(1, last - first);
  return (day) => left + ((day - first) / span) * (right - left);
}

/** Every month from the month of `first` to the month of `last`, both included, as `YYYY-MM`. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7) || '1');
  const end = last.slice(0, 7);
  for (let key = `${year}-${String(month).padStart(2, '0')}`; key <= end; key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}
