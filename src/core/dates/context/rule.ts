/**
 * Rules for sentences that write no date of their own but tell a happening the text dates all the
 * same: the lead's report of the day's news, a happening tied by "Before that" or "ahead of the
 * announcement" to the one just told, "the talks" of an earlier sentence. They run in order only
 * on sentences without a date, and the first that finds one wins (see `findContextDate`).
 * Each first tests the sentence alone, and only then reads its context.
 */
import type { DayNumber } from '../calendar.ts';
import type { DateMention } from '../rule.ts';
import type { SentenceReading } from '../../reading/read-articles.ts';

/** An earlier sentence of the article, with the days of the happenings it told. */
export interface EarlierSentence {
  /** The sentence. */
  reading: SentenceReading;
  /** Its day-precision dates, background ones left out, in text order. */
  days: readonly DayNumber[];
}

/** What a context rule sees. */
export interface SentenceSituation {
  /** The sentence. */
  reading: SentenceReading;
  /** Its position in the article (0 = the lead). */
  position: number;
  /** The day of writing. */
  written: DayNumber;
  /** The article's day: its first written day up to the day of writing among the opening sentences, else the day of writing. */
  story: DayNumber;
  /** Up to three sentences before it, nearest first. */
  window: readonly EarlierSentence[];
}

/** A named context rule. */
export interface ContextRule {
  /** Rule name (kebab-case, as in the file name). */
  name: string;
  /**
   * A first test on the sentence alone (its words and its position in the article), so that the
   * context is only looked at for the few sentences it may date.
   */
  applies: (reading: SentenceReading, position: number) => boolean;
  /** The sentence's date, or null. */
  find: (situation: SentenceSituation) => DateMention | null;
}

/** The nearest day up to the day of writing that the window told, else null. */
export function pastReference(situation: SentenceSituation): DayNumber | null {
  for (const earlier of situation.window) {
    const day = earlier.days.find((d) => d <= situation.written);
    if (day !== undefined) return day;
  }
  return null;
}
