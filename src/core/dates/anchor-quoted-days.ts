/**
 * The fallback for "today" inside a quotation whose attribution writes no day (see
 * `attribution-day.ts`): in '"We settled this today," he told reporters' after "Umerov, who led
 * Sunday's talks in Geneva", today is that Sunday. The speaking day is taken from the nearest
 * earlier sentence (up to three back) that carries a day before the day of writing.
 */
import { formatDay, type DayNumber } from './calendar.ts';
import type { DateMention } from './rule.ts';

/** Dated sentences of one article, oldest first, as the anchor search needs them. */
export interface DatedSentence {
  /** The sentence's day-precision dates. */
  days: readonly DayNumber[];
}

const lookBack = 3;

/** The day a quotation was spoken, from the sentences before it, or null to keep the day of writing. */
export function speakingDay(previous: readonly DatedSentence[], written: DayNumber): DayNumber | null {
  for (let i = previous.length - 1; i >= Math.max(0, previous.length - lookBack); i--) {
    const days = previous[i]!.days;
    if (days.length === 0) continue;
    const earlier = days.filter((day) => day < written);
    return earlier.length > 0 ? Math.max(...earlier) : null;
  }
  return null;
}

/** Moves a speech-relative mention to the speaking day. */
export function anchorMention(mention: DateMention, spoken: DayNumber): DateMention {
  return { ...mention, date: formatDay(spoken + (mention.speechOffset ?? 0), 'day') };
}
