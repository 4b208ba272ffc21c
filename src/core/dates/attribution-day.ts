/**
 * "Today" inside a quotation is the day of its own attribution: in '"We settled it today," he told
 * AFP on Sunday' or 'Peskov told reporters on Friday: "... today ..."' it is that Sunday or Friday.
 * The attribution is the text outside the marks of the sentences the quotation spans; only when
 * those hold no words of their own (the quotation stands alone) is it looked for in the sentence just
 * before the quotation or just after it. Its first day date is the day, else there is none.
 */
import type { DayNumber } from './calendar.ts';
import { parseIsoDay } from './calendar.ts';
import type { DateMention } from './rule.ts';
import { isQuotedOffset, isQuotedToken, type ArticleReading, type ParagraphReading } from '../reading/read-articles.ts';

/** A sentence's own mentions, as the first pass found them. */
export type MentionsAt = (position: number) => readonly DateMention[];

/** The first day date written outside quotation marks in the sentence at `position`, or null. */
function unquotedDay(article: ArticleReading, position: number, mentionsAt: MentionsAt): DayNumber | null {
  const reading = article.sentences[position];
  if (!reading) return null;
  for (const mention of mentionsAt(position)) {
    if (mention.precision === 'day' && !mention.relative && !isQuotedOffset(reading, mention.start)) return parseIsoDay(mention.date);
  }
  return null;
}

/** True when the sentence has words outside quotation marks (an attribution of its own). */
function hasOwnWords(article: ArticleReading, position: number): boolean {
  const reading = article.sentences[position];
  return reading !== undefined && reading.tokens.some((token) => token.word && !isQuotedToken(reading, token));
}

/**
 * The day of the attribution of the quotation holding offset `at` of the sentence at `position`
 * (in `paragraph`), or null when the attribution writes no day.
 */
export function attributionDay(
  article: ArticleReading,
  paragraph: ParagraphReading,
  position: number,
  at: number,
  mentionsAt: MentionsAt,
): DayNumber | null {
  const reading = article.sentences[position]!;
  const offset = reading.start + at;
  const span = paragraph.spans.find((s) => s.open <= offset && offset <= (s.close ?? paragraph.paragraph.text.length));
  if (!span) return null;
  const first = paragraph.sentences.find((s) => s.end > span.open)?.position ?? position;
  const closing = span.close ?? paragraph.paragraph.text.length - 1;
  const last = paragraph.sentences.find((s) => s.end > closing)?.position ?? position;
  const own = last === first ? [last] : [last, first];
  for (const candidate of own) {
    const day = unquotedDay(article, candidate, mentionsAt);
    if (day !== null) return day;
  }
  if (own.some((candidate) => hasOwnWords(article, candidate))) return null;
  const neighbours = span.close === null ? [first - 1] : [first - 1, last + 1];
  for (const candidate of neighbours) {
    const day = unquotedDay(article, candidate, mentionsAt);
    if (day !== null) return day;
  }
  return null;
}
