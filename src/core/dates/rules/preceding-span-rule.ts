/**
 * A stretch that ends where the sentence's happening begins: "follows a turbulent week", "after a
 * week of talks", "capping a month of ...", "the past week", "after several days of attacks". The week (seven days)
 * or month (thirty) before the day the sentences before told, else before the day of writing; one optional word may
 * describe it ("a tense week"). Days of something, counted loosely or not ("several days", "three days"), span as
 * many days before, at most: several days seven, a few days four, days alone six. Weeks of something ("after weeks
 * of voicing frustration") are too loose to date.
 */
import { formatDay } from '../calendar.ts';
import type { DateContext, DateMention, DateRule, DaySpan } from '../rule.ts';
import { cue, hasCue } from '../sentence-words.ts';

const pattern =
  /\b(?:(?:after|following|follows|followed|capping|caps|capped|ends|ended|ending)\s+an?(?:\s+[a-z]+)?|(?:over\s+|in\s+)?the\s+past)\s+(week|month)\b(?!s)/gi;

const units = cue(['week', 'month']);

/** "after several days of", "following three weeks of": a loosely counted stretch of something. */
const countedPattern = /\b(after|following|capping|ending)\s+(?:(a few|few|several|two|three|four|five|six)\s+)?(days)\s+of\b/gi;
const counted = cue(['days']);
/** The most days each count stands for ("days of" alone: six). */
const amountWords: Readonly<Record<string, number>> = { 'a few': 4, few: 4, several: 7, two: 2, three: 3, four: 4, five: 5, six: 6 };
const leads = cue(['after', 'following', 'follows', 'followed', 'capping', 'caps', 'capped', 'ends', 'ended', 'ending', 'past']);

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  const { cues } = context.words;
  if (!hasCue(cues, leads)) return mentions;
  for (const match of hasCue(cues, units) ? context.text.matchAll(pattern) : []) {
    const days = (match[1] ?? '').toLowerCase() === 'week' ? 7 : 30;
    const span: DaySpan = { first: -days, last: -1 };
    const past = /\bpast\b/i.test(match[0]);
    mentions.push({
      start: match.index,
      end: match.index + match[0].length,
      date: formatDay(context.published - 1, 'day'),
      precision: 'day',
      rule: precedingSpanRule.name,
      relative: { after: null, before: null, reference: past ? null : span, now: span },
    });
  }
  if (hasCue(cues, counted)) {
    for (const match of context.text.matchAll(countedPattern)) {
      const amount = (match[2] ?? '').toLowerCase();
      const most = amountWords[amount] ?? 6;
      const span: DaySpan = { first: -most, last: -1 };
      mentions.push({
        start: match.index,
        end: match.index + match[0].length,
        date: formatDay(context.published - 1, 'day'),
        precision: 'day',
        rule: precedingSpanRule.name,
        relative: { after: null, before: null, reference: span, now: span },
      });
    }
  }
  return mentions;
}

export const precedingSpanRule: DateRule = { name: 'preceding-span', find };
