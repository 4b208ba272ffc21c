/**
 * A span that runs up to publication dates its own start: "after almost four years of war"
 * began about four years ago, "her first 18 months in office" began 18 months ago. Only year and month
 * spans, and only in phrasings that tie the span to the present (an approximation word before
 * "N years of", or "first N months in office"), so that "a 30-day truce" or "the first two years
 * of the war" are left alone.
 */
import { firstDayOfMonthIndex, formatDay, monthIndexOf } from '../calendar.ts';
import type { DateContext, DateMention, DateRule } from '../date-rule.ts';
import { countPattern, parseCount } from '../../figures/parse-count.ts';

const approximate = 'nearly|almost|about|around|roughly|some|more than|over|after|for';
const tenure = 'in office|in power|as president|as prime minister|of (?:his|her|their) (?:presidency|term|second term|rule)';
const patterns = [
  new RegExp(`\\b(?:${approximate})\\s+(${countPattern})\\s+(month|year)s?\\s+of\\s+[a-z]`, 'gi'),
  new RegExp(`\\b(?:first|past|last)\\s+(${countPattern})\\s+(month|year)s?\\s+(?:${tenure})\\b`, 'gi'),
];

/** The unit words alone: a cheap first test that most sentences fail. */
const unitWord = /month|year/i;

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  if (!unitWord.test(context.text)) return mentions;
  for (const pattern of patterns) {
    for (const match of context.text.matchAll(pattern)) {
      const count = parseCount(match[1] ?? '');
      const unit = (match[2] ?? '').toLowerCase();
      if (count === null || !Number.isInteger(count) || count < 1) continue;
      const months = unit === 'year' ? 12 * count : count;
      const began = firstDayOfMonthIndex(monthIndexOf(context.published) - months);
      const precision = unit === 'year' ? 'year' : 'month';
      const text = match[0].replace(/\s+(?:of\s+[a-z])$/i, '');
      mentions.push({
        start: match.index,
        end: match.index + text.length,
        date: formatDay(began, precision),
        precision,
        rule: elapsedSpanRule.name,
      });
    }
  }
  return mentions;
}

export const elapsedSpanRule: DateRule = { name: 'elapsed-span', find };
