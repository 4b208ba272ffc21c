/**
 * An article's events as drafts: each dated mention once per sentence and date, numbered from 1 in
 * text order, with what the timeline and the happenings need besides the event: where its date is
 * written, how those words stand in its event line, and whether it was still to come when written.
 */
import type { TimelineEvent } from '../model.ts';
import type { ArticleReading, SentenceReading } from '../reading/read-articles.ts';
import { isQuotedOffset } from '../reading/read-articles.ts';
import { tokenAt } from '../reading/tokenize.ts';
import { frameOf } from './article-frame.ts';
import type { ZoneTable } from './zone-offsets.ts';
import { formatDay, parseIsoDay, type DayNumber } from './calendar.ts';
import type { DateMention } from './rule.ts';
import { decideTense, marksFuture, tenseOf } from './decide-tense.ts';
import type { LineMode } from './event-line.ts';
import { contextRules } from './context/rules.ts';
import { readArticleDates } from './read-article-dates.ts';
import { itemId } from '../ids.ts';

/** An event with what grouping it needs. */
export interface EventDraft {
  /** The event. */
  event: TimelineEvent;
  /** Its sentence, read. */
  reading: SentenceReading;
  /** Offsets of the words that carry its date. */
  start: number;
  end: number;
  /** How those words stand in the event line. */
  mode: LineMode;
  /** Its article's publication day (`YYYY-MM-DD`). */
  published: string;
  /** Whether it was still to come when written. */
  scheduled: boolean;
  /**
   * Whether its date only counts back to something the sentence does not tell: the start of a span it measures
   * ("now in its fourth year", "nearly 11 years of efforts") or a day named by "since" alone ("their first meeting
   * since 2019"). Still an event; no happening of the timeline, which would put the sentence at that date.
   */
  looksBack: boolean;
  /** How many events its sentence has: a sentence that dates one thing tells it best. */
  datesInSentence: number;
}

/** Context rules report what happened; no context-rule date is a plan. */
const reporting = new Set(contextRules.map((rule) => rule.name));
/** Rules whose words say more than the date, and stay in the event line. */
const telling = new Set(['elapsed-span', 'anchored-offset', 'vague-offset', 'within', 'eve', 'preceding-span']);

/** A date that only counts back (see `EventDraft.looksBack`): a span's start, or "since" with nothing but the date. */
function looksBack(reading: SentenceReading, mention: DateMention): boolean {
  return mention.rule === 'elapsed-span' || /^since\s/i.test(reading.sentence.text.slice(mention.start, mention.end));
}

/** How a mention's words stand in its event line. */
function lineMode(reading: SentenceReading, mention: DateMention): LineMode {
  if (mention.rule === 'time-connective') return 'tie';
  if (reporting.has(mention.rule)) return 'verb';
  if (telling.has(mention.rule) || isQuotedOffset(reading, mention.start)) return 'keep';
  return /['’]s$/.test(reading.sentence.text.slice(mention.start, mention.end)) ? 'keep' : 'drop';
}

/**
 * Whether a dated mention speaks of a happening still to come when written: a date after that day,
 * that day in the future tense, or a week, month or year holding it with a word only the future takes.
 */
function isScheduled(reading: SentenceReading, mention: DateMention, written: DayNumber): boolean {
  if (reporting.has(mention.rule)) return false;
  const { date, precision } = mention;
  const first = parseIsoDay(precision === 'day' ? date : precision === 'month' ? `${date}-01` : `${date}-01-01`);
  if (first > written) return true;
  if (formatDay(written, precision) !== date) return false;
  const { tokens } = reading;
  let from = tokenAt(tokens, mention.start);
  const to = tokenAt(tokens, mention.end - 1);
  // The date's own words, not a verb that led into them ("said Thursday").
  if (from < to && tenseOf(tokens[from]!) !== null) from++;
  if (decideTense(tokens, from, to) !== 'future') return false;
  return precision === 'day' || tokens.some(marksFuture);
}

/** The drafts of one article's events, in sentence order. */
export function draftEvents(article: ArticleReading, zones: ZoneTable): EventDraft[] {
  const slug = article.parsed.input.slug;
  const frame = frameOf(article, zones);
  const drafts: EventDraft[] = [];
  for (const [reading, mentions] of readArticleDates(article, frame)) {
    const seen = new Set<string>();
    const { sentence } = reading;
    const first = drafts.length;
    for (const mention of mentions) {
      const key = `${mention.precision}:${mention.date}`;
      if (seen.has(key)) continue;
      seen.add(key);
      drafts.push({
        event: {
          id: itemId(slug, 'e', drafts.length + 1),
          date: mention.date,
          precision: mention.precision,
          sentence: sentence.id,
          text: sentence.text,
          evidence: sentence.text.slice(mention.start, mention.end),
        },
        reading,
        start: mention.start,
        end: mention.end,
        mode: lineMode(reading, mention),
        published: article.parsed.input.published,
        scheduled: isScheduled(reading, mention, frame.written),
        looksBack: looksBack(reading, mention),
        datesInSentence: 0,
      });
    }
    for (let i = first; i < drafts.length; i++) drafts[i]!.datesInSentence = drafts.length - first;
  }
  return drafts;
}
