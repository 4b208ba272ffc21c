/**
 * "Today" inside a quotation is the day the words were spoken, not the day of publication:
 * in '"We settled this today," he told reporters' after "Umerov, who led Sunday's talks in
 * Geneva", today is that Sunday. The speaking day is taken from the nearest earlier
 * sentence (up to three back) that carries a day before publication.
 */
import { formatDay, parseIsoDay, type DayNumber } from './calendar.ts';
import type { DateMention } from './date-rule.ts';

/** Dated sentences of one article, oldest first, as the anchor search needs them. */
export interface DatedSentence {
  /** The sentence's day-precision dates. */
  days: DayNumber[];
}

const lookBack = 3;
const quoteMarks = /["“”]/g;

/** True when offset `at` of `text` lies inside a quotation opened earlier in `before + text`. */
export function isQuoted(before: string, text: string, at: number): boolean {
  const prefix = before + text.slice(0, at);
  return (prefix.match(quoteMarks)?.length ?? 0) % 2 === 1;
}

/** The day a quotation was spoken, from the sentences before it, or null to keep publication. */
export function speakingDay(previous: readonly DatedSentence[], published: DayNumber): DayNumber | null {
  for (const sentence of previous.slice(-lookBack).reverse()) {
    if (sentence.days.length === 0) continue;
    const earlier = sentence.days.filter((day) => day < published);
    return earlier.length > 0 ? Math.max(...earlier) : null;
  }
  return null;
}

/** Moves a speech-relative mention to the speaking day. */
export function anchorMention(mention: DateMention, spoken: DayNumber): DateMention {
  return { ...mention, date: formatDay(spoken + (mention.speechOffset ?? 0), 'day') };
}

/** The day numbers of a sentence's day-precision mentions. */
export function daysOf(mentions: readonly DateMention[]): DayNumber[] {
  return mentions.filter((m) => m.precision === 'day').map((m) => parseIsoDay(m.date));
}
