/**
 * "A second day of talks ... on Thursday": the talks had a first day, the day before the day the sentence gives (two
 * days before for a third day, and so on). The happening's first day is dated from a day date written in the same
 * sentence, after the phrase or else before it; with none, the phrase dates nothing (the day it counts from is not
 * told).
 */
import { formatDay } from '../calendar.ts';
import type { DateContext, DateMention, DateRule } from '../rule.ts';

const ordinals: Readonly<Record<string, number>> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7 };
const pattern = /\b(?:a|the|for\s+a)\s+(second|third|fourth|fifth|sixth|seventh)\s+(?:straight\s+|consecutive\s+|full\s+)?day\s+of\b/gi;

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  if (!context.words.all.has('day')) return mentions;
  for (const match of context.text.matchAll(pattern)) {
    const back = 1 - ordinals[match[1]!.toLowerCase()]!;
    const first = { first: back, last: back };
    mentions.push({
      start: match.index,
      end: match.index + match[0].length,
      date: formatDay(context.published + back, 'day'), // as read against the day of writing; anchored when resolved
      precision: 'day',
      rule: nthDayRule.name,
      relative: { after: first, before: first, reference: null, now: null },
    });
  }
  return mentions;
}

export const nthDayRule: DateRule = { name: 'nth-day', find };
