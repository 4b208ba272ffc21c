/**
 * What a date rule sees and what it returns. Rules run in a fixed order; a later rule's
 * mention that overlaps an earlier one is dropped (see `findDateMentions`).
 */
import type { Precision } from '../model.ts';
import type { DayNumber } from './calendar.ts';
import type { Token } from '../reading/tokenize.ts';

/** One sentence and the day it was published, as every rule sees it. */
export interface DateContext {
  /** The sentence text. */
  text: string;
  /** Its tokens. */
  tokens: readonly Token[];
  /** Publication day. */
  published: DayNumber;
}

/** A date found in a sentence. */
export interface DateMention {
  /** Start offset of the words that carry the date. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
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
}

/** A named date rule. */
export interface DateRule {
  /** Rule name (kebab-case, as in the file name). */
  name: string;
  /** Finds the rule's dates in one sentence. */
  find: (context: DateContext) => DateMention[];
}
