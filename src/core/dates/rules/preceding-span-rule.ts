/**
 * A stretch that ends where the sentence's happening begins: "follows a turbulent week", "after a
 * week of talks", "capping a month of ...", "the past week". The week (seven days) or month (thirty)
 * before the day the sentences before told, else before the day of writing; one optional word may
 * describe it ("a tense week").
 */
import { formatDay } from '../calendar.ts';
import type { DateContext, DateMention, DateRule, DaySpan } from '../rule.ts';
import { cue, hasCue } from '../sentence-words.ts';

const pattern =
  /\b(?:(?:after|following|follows|followed|capping|caps|capped|ends|ended|ending)\s+an?(?:\s+[a-z]+)?|(?:over\s+|in\s+)?the\s+past)\s+(week|month)\b(?!s)/gi;

const units = cue(['week', 'month']);
const leads = cue(['after', 'following', 'follows', 'followed', 'capping', 'caps', 'capped', 'ends', 'ended', 'ending', 'past']);

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  const { cues } = context.words;
  if (!hasCue(cues, units) || !hasCue(cues, leads)) return mentions;
  for (const match of context.text.matchAll(pattern)) {
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
  return mentions;
}

export const precedingSpanRule: DateRule = { name: 'preceding-span', find };
