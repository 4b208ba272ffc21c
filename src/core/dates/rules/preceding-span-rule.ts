/**
 * A stretch that ends where the sentence's happening begins: "follows a turbulent week", "after a
 * week of talks", "capping a month of ...", "the past week", "after several days of attacks". The week (seven days)
 * or month (thirty) before the day the sentences before told, else before the day of writing; one optional word may
 * describe it ("a tense week"). Days of something, counted loosely or not ("several days", "three days"), span as
 * many days before, at most: several days seven, a few days four, days alone six. Weeks of something ("after weeks
 * of voicing frustration") are too loose to date.
 */
import { formatDay, type DayNumber } from '../calendar.ts';
import type { DateContext, DateMention, DateRule, DaySpan } from '../rule.ts';
import { cue, hasCue } from '../sentence-words.ts';

const pattern =
  /\b(?:(?:after|following|follows|followed|capping|caps|capped|ends|ended|ending)\s+an?(?:\s+[a-z]+)?|(?:over\s+|in\s+)?the\s+past)\s+(week|month)\b(?!s)/gi;

const units = cue(['week', 'month']);

/** "after several days of", "following three days of": a stretch of something counted in days. */
const countedPattern = /\b(after|following|capping|ending)\s+(?:(a few|few|several|two|three|four|five|six)\s+)?days\s+of\b/gi;
const counted = cue(['days']);
/** The most days each count stands for ("days of" alone: six). */
const amountWords: Readonly<Record<string, number>> = { 'a few': 4, few: 4, several: 7, two: 2, three: 3, four: 4, five: 5, six: 6 };
const leads = cue(['after', 'following', 'follows', 'followed', 'capping', 'caps', 'capped', 'ends', 'ended', 'ending', 'past']);

/**
 * The stretch of `days` days before the happening a match ends at: the day the sentences before told, else the day
 * of writing; only the day of writing when `nowOnly` ("the past week").
 */
function stretch(match: RegExpMatchArray, days: number, published: DayNumber, nowOnly: boolean): DateMention {
  const span: DaySpan = { first: -days, last: -1 };
  return {
    start: match.index!,
    end: match.index! + match[0].length,
    date: formatDay(published - 1, 'day'),
    precision: 'day',
    rule: precedingSpanRule.name,
    relative: { after: null, before: null, reference: nowOnly ? null : span, now: span },
  };
}

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  const { cues } = context.words;
  if (!hasCue(cues, leads)) return mentions;
  for (const match of hasCue(cues, units) ? context.text.matchAll(pattern) : []) {
    const days = (match[1] ?? '').toLowerCase() === 'week' ? 7 : 30;
    mentions.push(stretch(match, days, context.published, /\bpast\b/i.test(match[0])));
  }
  for (const match of hasCue(cues, counted) ? context.text.matchAll(countedPattern) : []) {
    mentions.push(stretch(match, amountWords[(match[2] ?? '').toLowerCase()] ?? 6, context.published, false));
  }
  return mentions;
}

export const precedingSpanRule: DateRule = { name: 'preceding-span', find };
