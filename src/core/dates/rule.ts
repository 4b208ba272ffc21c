/**
 * What a date rule sees and what it returns. Rules run in a fixed order; a later rule's
 * mention that overlaps an earlier one is dropped (see `findDateMentions`).
 */
import type { Precision } from '../model.ts';
import type { DayNumber } from './calendar.ts';
import type { Token } from '../reading/tokenize.ts';
import type { SentenceWords } from './sentence-words.ts';

/** One sentence and the day it was written, as every rule sees it. */
export interface DateContext {
  /** The sentence text. */
  text: string;
  /** Its tokens. */
  tokens: readonly Token[];
  /** Its words as sets, for a rule's first test. */
  words: SentenceWords;
  /**
   * The day of writing: the publication day, moved a day when the dateline's place is half a day
   * away from the outlet's zone (see `zone-offsets.ts`). "Today" and weekdays count from it.
   */
  published: DayNumber;
  /**
   * The day it is at the place the sentence puts its happening in, when that place is half a day
   * away from the writer ("in Alaska" for a New Zealand outlet); absent otherwise.
   */
  there?: DayNumber;
}

/** Days (or months or years, by `unit`) from an anchor day to the first and last one meant. */
export interface DaySpan {
  first: number;
  last: number;
  /** What `first` and `last` count: days when absent; months or years count whole calendar months or years. */
  unit?: 'month' | 'year';
  /** True when the span dates a happening the sentence only looks back to (see `DateMention.background`). */
  background?: boolean;
}

/**
 * How a date counted from another happening is anchored, tried in this order; each is the span of
 * days meant, counted from that anchor, or null when the phrasing does not allow it.
 */
export interface Relative {
  /** From a day date written after the phrase, inside what it is relative to ("a day after the Aug. 18 talks"). */
  after: DaySpan | null;
  /** From a day date written earlier in the sentence ("met on Monday and again the next day"). */
  before: DaySpan | null;
  /** From the reference day: the day of the happening the sentences just before told. */
  reference: DaySpan | null;
  /** From the day of writing. */
  now: DaySpan | null;
}

/** A date found in a sentence. */
export interface DateMention {
  /** Start offset of the words that carry the date. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as read against the day of writing. */
  date: string;
  /** How exact the date is. */
  precision: Precision;
  /** Name of the rule that found it. */
  rule: string;
  /**
   * For days counted from the moment of speaking (`today`, `tomorrow`): the count, so that a
   * quote spoken on an earlier day can be re-anchored. Absent for every other date.
   */
  speechOffset?: number;
  /** For dates counted from another happening ("a day after", "the next day"): how to anchor them. */
  relative?: Relative;
  /**
   * True when the date is of a happening the sentence only looks back to ("came a day after X" dates
   * X): it is never the day the following sentences continue from.
   */
  background?: boolean;
}

/** A named date rule. */
export interface DateRule {
  /** Rule name (kebab-case, as in the file name). */
  name: string;
  /** Finds the rule's dates in one sentence. */
  find: (context: DateContext) => DateMention[];
}
