/**
 * The year of a month without one: the tense decides ("took office in January" is the last
 * January, "will resume in February" the next), else the nearer occurrence. A day and month
 * without a year belong to the occurrence within two months of publication when the other one
 * is far off ("on Nov. 30" read on Nov. 27), else the tense decides.
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
    if (tense !== null) return tense === 'future' ? next : previous;
    return after <= 2 && before > 4 ? next : previous;
  }
  const days = [year - 1, year, year + 1].map((y) => toDayNumber(y, month, day));
  const chosen = chooseOccurrence(published, days, tense);
  return year - 1 + days.indexOf(chosen);
}

/**
 * Of the yearly occurrences of a day (sorted), the one meant on `published`: the one within two
 * months when the other candidate is over four months away, else the next one for the future
 * tense and the last one otherwise.
 */
export function chooseOccurrence(published: DayNumber, days: readonly DayNumber[], tense: Tense | null): DayNumber {
  const last = days.filter((d) => d <= published).at(-1) ?? days[0]!;
  const coming = days.find((d) => d >= published) ?? days.at(-1)!;
  const back = published - last;
  const ahead = coming - published;
  if (back <= 61 && ahead > 122) return last;
  if (ahead <= 61 && back > 122) return coming;
  return tense === 'future' ? coming : last;
}
