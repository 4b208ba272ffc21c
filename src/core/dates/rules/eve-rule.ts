/**
 * "On the eve of X": the day before X. X's day is a date written inside it ("the eve of the Aug. 15
 * summit"), else the day of the happening the sentences before told (the article's visit or summit),
 * else the day of writing.
 */
import { formatDay } from '../calendar.ts';
import type { DateContext, DateMention, DateRule } from '../rule.ts';

const pattern = /\b(?:on\s+)?the\s+eve\s+of\b/gi;

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  if (!context.words.all.has('eve')) return mentions;
  for (const match of context.text.matchAll(pattern)) {
    const day = { first: -1, last: -1 };
    mentions.push({
      start: match.index,
      end: match.index + match[0].length,
      date: formatDay(context.published - 1, 'day'),
      precision: 'day',
      rule: eveRule.name,
      relative: { after: day, before: null, reference: day, now: day },
    });
  }
  return mentions;
}

export const eveRule: DateRule = { name: 'eve', find };
