/**
 * The dates of one article, sentence by sentence, in two passes. The date rules first read each
 * sentence alone (`findDateMentions`), against the day the article was written (`article-frame.ts`);
 * a dateline's or a timestamp line's words are no date. Then, in text order, dates counted from
 * another happening are anchored (`resolve-relative.ts`), "today" in a quotation takes the day of
 * its attribution (`attribution-day.ts`, else the older look-back, else the article's day), and a
 * sentence without a date of its own gets the one its context gives (`find-context-date.ts`).
 * Linear: each sentence looks back at most three sentences.
 */
import type { ArticleReading, ParagraphReading, SentenceReading } from '../reading/read-articles.ts';
import { isQuotedOffset } from '../reading/read-articles.ts';
import { tokenAt } from '../reading/tokenize.ts';
import { anchorMention, speakingDay } from './anchor-quoted-days.ts';
import type { ArticleFrame } from './article-frame.ts';
import { attributionDay } from './attribution-day.ts';
import { parseIsoDay, type DayNumber } from './calendar.ts';
import type { EarlierSentence } from './context/rule.ts';
import type { DateMention } from './rule.ts';
import { decideTense } from './decide-tense.ts';
import { findContextDate } from './context/find-context-date.ts';
import { findDateMentions } from './find-date-mentions.ts';
import { isFurnitureLine } from './find-dateline.ts';
import { resolveRelative } from './resolve-relative.ts';
import { dayStep, offsetInSentence } from './zone-offsets.ts';

/** Sentences back that a reference day or a connective may reach. */
const window = 3;
/** Opening sentences that may give the article's day. */
const opening = 5;

/** The dates one sentence writes, read alone. */
function ownMentions(reading: SentenceReading, frame: ArticleFrame): DateMention[] {
  const { text } = reading.sentence;
  const step = frame.writer === null ? 0 : dayStep(frame.writer, offsetInSentence(reading.tokens, frame.zones));
  const context = { text, tokens: reading.tokens, published: frame.written, ...(step === 0 ? {} : { there: frame.written + step }) };
  let mentions = findDateMentions(context);
  if (mentions.length === 0) return mentions;
  const dateline = frame.dateline?.position === reading.position ? frame.dateline.found.end : 0;
  if (dateline > 0) mentions = mentions.filter((mention) => mention.start >= dateline);
  return isFurnitureLine(text, reading.tokens) ? [] : mentions;
}

/** The article's day: the first day written up to the day of writing in its opening sentences. */
function storyDay(article: ArticleReading, own: readonly DateMention[][], written: DayNumber): DayNumber {
  for (let position = 0; position < Math.min(opening, own.length); position++) {
    for (const mention of own[position]!) {
      if (mention.precision !== 'day' || mention.relative) continue;
      if (mention.speechOffset !== undefined && isQuotedOffset(article.sentences[position]!, mention.start)) continue;
      const day = parseIsoDay(mention.date);
      if (day <= written) return day;
    }
  }
  return written;
}

const noDays: readonly DayNumber[] = [];

/** The days a sentence's happenings took, for the sentences after it. */
function daysOf(mentions: readonly DateMention[]): readonly DayNumber[] {
  if (mentions.length === 0) return noDays;
  return mentions.filter((m) => m.precision === 'day' && !m.background).map((m) => parseIsoDay(m.date));
}

/** The first day of the nearest sentence in the window that has one. */
function referenceDay(history: readonly EarlierSentence[]): DayNumber | null {
  for (let i = history.length - 1; i >= Math.max(0, history.length - window); i--) {
    const day = history[i]!.days[0];
    if (day !== undefined) return day;
  }
  return null;
}

/** Every sentence of the article with its dates, in text order. */
export function readArticleDates(article: ArticleReading, frame: ArticleFrame): Array<[SentenceReading, DateMention[]]> {
  const dated: Array<[SentenceReading, DateMention[]]> = [];
  const own = article.sentences.map((reading) => ownMentions(reading, frame));
  const story = storyDay(article, own, frame.written);
  const history: EarlierSentence[] = [];
  const mentionsAt = (position: number) => own[position] ?? [];
  const quotedDay = (paragraph: ParagraphReading, reading: SentenceReading, mention: DateMention): DayNumber | null =>
    attributionDay(article, paragraph, reading.position, mention.start, mentionsAt) ??
    speakingDay(history, frame.written) ??
    (story < frame.written ? story : null);
  for (const paragraph of article.paragraphs) {
    for (const reading of paragraph.sentences) {
      const written = own[reading.position]!;
      const reference = referenceDay(history);
      const mentions: DateMention[] = [];
      for (const mention of written) {
        if (mention.relative) {
          const isPast = () =>
            decideTense(reading.tokens, tokenAt(reading.tokens, mention.start), tokenAt(reading.tokens, mention.end - 1)) === 'past';
          const resolved = resolveRelative(mention, written, reference, frame.written, isPast);
          if (resolved) mentions.push(resolved);
        } else if (mention.speechOffset !== undefined && isQuotedOffset(reading, mention.start)) {
          const spoken = quotedDay(paragraph, reading, mention);
          mentions.push(spoken === null ? mention : anchorMention(mention, spoken));
        } else {
          mentions.push(mention);
        }
      }
      if (mentions.length === 0) {
        const situation = () => ({
          reading,
          position: reading.position,
          written: frame.written,
          story,
          window: history.slice(-window).reverse(),
        });
        const found = findContextDate(reading, reading.position, situation);
        if (found) mentions.push(found);
      }
      dated.push([reading, mentions]);
      history.push({ reading, days: daysOf(mentions) });
    }
  }
  return dated;
}
