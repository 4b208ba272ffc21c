/**
 * Deadlines counted in days or weeks: "within 10 days", "within seven to 10 days following the Aug. 18
 * meeting", "within a week of the summit". The span runs from the day after the anchor (a date
 * written after the phrase, else the day the sentences before told when the phrase names what it
 * follows, else the day of writing) to the last day allowed.
 */
import { formatDay } from '../calendar.ts';
import type { DateContext, DateMention, DateRule, DaySpan } from '../rule.ts';
import { countPattern, parseCount } from '../../figures/parse-count.ts';

const pattern = new RegExp(
  `\\bwithin\\s+(?:the\\s+next\\s+)?(a|an|${countPattern})(?:\\s+(?:to|or|-)\\s+(${countPattern}))?\\s+(day|week)s?(\\s+(?:of|after|following|from)\\b)?`,
  'gi',
);

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  if (!context.words.all.has('within')) return mentions;
  for (const match of context.text.matchAll(pattern)) {
    const low = parseCount(match[1] ?? '');
    const high = match[2] === undefined ? low : parseCount(match[2]);
    if (low === null || high === null || !Number.isInteger(high) || high < 1) continue;
    const days = (match[3] ?? '').toLowerCase() === 'week' ? 7 : 1;
    const span: DaySpan = { first: 1, last: high * days };
    const anchored = match[4] !== undefined;
    mentions.push({
      start: match.index,
      end: match.index + match[0].length - (match[4]?.length ?? 0),
      date: formatDay(context.published + 1, 'day'),
      precision: 'day',
      rule: withinRule.name,
      relative: { after: anchored ? span : null, before: null, reference: anchored ? span : null, now: span },
    });
  }
  return mentions;
}

export const withinRule: DateRule = { name: 'within', find };
