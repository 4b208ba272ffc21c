/**
 * A month (and day) without a year belongs to the year that puts it nearest the publication
 * day; when both the last and the next occurrence are plausible, the tense decides.
 */
import { monthIndexOf, toDayNumber, type DayNumber } from './calendar.ts';
import type { Tense } from './decide-tense.ts';

/** The year of `month` (and `day`, if given) as read on `published`. */
export function chooseYear(published: DayNumber, month: number, day: number | null, tense: Tense | null): number {
  const year = Math.floor(monthIndexOf(published) / 12);
  if (day === null) {
    const now = monthIndexOf(published);
    const before = (now - (year * 12 + month - 1) + 12) % 12; // months back to the last such month (0 = this one)
    const after = (12 - before) % 12; // months ahead to the next one (0 = this one)
    const previous = year * 12 + month - 1 <= now ? year : year - 1;
    const next = year * 12 + month - 1 >= now ? year : year + 1;
    if (before <= 2 && after > 4) return previous;
    if (after <= 2 && before > 4) return next;
    return tense === 'future' ? next : previous;
  }
  const candidates = [year - 1, year, year + 1].map((y) => ({ y, day: toDayNumber(y, month, day) }));
  const last = candidates.filter((c) => c.day <= published).at(-1) ?? candidates[0]!;
  const coming = candidates.find((c) => c.day >= published) ?? candidates[2]!;
  const back = published - last.day;
  const ahead = coming.day - published;
  if (back <= 61 && ahead > 122) return last.y;
  if (ahead <= 61 && back > 122) return coming.y;
  return tense === 'future' ? coming.y : last.y;
}
