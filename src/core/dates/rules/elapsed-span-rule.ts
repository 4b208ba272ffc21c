/**
 * A span that runs up to the day of writing dates its own start: "after almost four years of war"
 * began about four years ago, "her first 18 months in office" began 18 months ago, "has been underway
 * for nearly three weeks" began three weeks ago, "its three-and-a-half-year invasion" began three and
 * a half years ago, "now in its fourth year" began three to four years ago. Only in phrasings that tie the span to the present (an approximation word before
 * "N years of", "first N months in office", "underway for", "its", "their" or "the" before
 * "N-year war"), so that "a 30-day truce" or "the first two years of the war" are left alone.
 * "Nearly" and "almost" put the start a little after the count, "more than" and "over" a little
 * before; week spans are a week wide, so the month of an early-month start stays honest.
 */
import { describeSpan, firstDayOfMonthIndex, formatDay, monthIndexOf, type DayNumber } from '../calendar.ts';
import type { DateContext, DateMention, DateRule } from '../rule.ts';
import { countPattern, parseCount } from '../../figures/parse-count.ts';
import { ordinals } from '../../figures/words/number-words.ts';
import { cue, hasCue } from '../sentence-words.ts';

const approximate = 'nearly|almost|about|around|roughly|some|more than|over|after|for';
const tenure = 'in office|in power|as president|as prime minister|of (?:his|her|their) (?:presidency|term|second term|rule)';
const ongoing = 'underway|under way|ongoing|going on|in progress|in the works|running|raging|dragged on|lasted';
/** Conflicts that run up to the day of writing when "its", "their" or "the" N-year one is told; one describing word may come first ("its brutal three-year war"). */
const conflicts = 'war|invasion|conflict|occupation|offensive|siege|blockade|fighting|struggle|campaign';
const half = '(?:-and-a-half|\\s+and\\s+a\\s+half)';
const patterns = [
  new RegExp(`\\b(?:${approximate})\\s+(${countPattern})\\s+(month|year)s?\\s+of\\s+[a-z]`, 'gi'),
  new RegExp(`\\b(?:first|past|last)\\s+(${countPattern})\\s+(month|year)s?\\s+(?:${tenure})\\b`, 'gi'),
  new RegExp(
    `\\b(?:${ongoing})\\s+for\\s+(?:the\\s+(?:past|last)\\s+)?(?:(nearly|almost|more than|over|about|around)\\s+)?(${countPattern})(${half})?\\s+(week|month|year)s?\\b`,
    'gi',
  ),
  new RegExp(
    `\\b(?:its|their|the)\\s+(?:(?!nearly|almost|more|over|about|roughly)[a-z]+\\s+)?(?:(nearly|almost|more than|over|about|roughly)\\s+)?(${countPattern})(${half})?[-\\s]+(year|month)[-\\s]+(?:old\\s+)?(?:${conflicts})\\b`,
    'gi',
  ),
];

/** "now in its fourth year": an ordinal year of something that runs up to now. */
const ordinalYear = new RegExp(
  `\\b(?:in|into)\\s+(?:its|their)\\s+(${Object.keys(ordinals).join('|')}|\\d{1,2}(?:st|nd|rd|th))\\s+year\\b`,
  'gi',
);

/** The unit words alone (hyphenated ones included): a first test that most sentences fail. */
const units = cue(['month', 'months', 'year', 'years', 'week', 'weeks']);

/** The first and last day a span of `count` units back from `now` may have started on. */
function startSpan(now: DayNumber, count: number, unit: string, qualifier: string): [DayNumber, DayNumber] {
  const days = unit === 'week' ? 7 : unit === 'month' ? 30.44 : 365.25;
  const back = Math.round(count * days);
  const width = unit === 'week' ? 6 : 0;
  if (qualifier === 'nearly' || qualifier === 'almost') return [now - back, now - back + width];
  if (qualifier === 'more than' || qualifier === 'over') return [now - back - width, now - back];
  return [now - back - Math.floor(width / 2), now - back + Math.ceil(width / 2)];
}

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  if (!hasCue(context.words.cues, units)) return mentions;
  for (const [k, pattern] of patterns.entries()) {
    for (const match of context.text.matchAll(pattern)) {
      const modern = k >= 2;
      const count = (parseCount(match[modern ? 2 : 1] ?? '') ?? Number.NaN) + (modern && match[3] ? 0.5 : 0);
      const unit = (match[modern ? 4 : 2] ?? '').toLowerCase();
      if (!Number.isFinite(count) || count < 1 || (!modern && !Number.isInteger(count))) continue;
      const text = match[0].replace(/\s+(?:of\s+[a-z])$/i, '');
      const place = { start: match.index, end: match.index + text.length, rule: elapsedSpanRule.name };
      if (!modern) {
        const months = unit === 'year' ? 12 * count : count;
        const began = firstDayOfMonthIndex(monthIndexOf(context.published) - months);
        const precision = unit === 'year' ? 'year' : 'month';
        mentions.push({ ...place, date: formatDay(began, precision), precision });
        continue;
      }
      const [first, last] = startSpan(context.published, count, unit, (match[1] ?? '').toLowerCase());
      // A start counted in months or years is told to that unit at most.
      const precision = unit === 'year' ? 'year' : 'month';
      mentions.push({ ...place, ...(unit === 'week' ? describeSpan(first, last) : { date: formatDay(first, precision), precision }) });
    }
  }
  for (const match of context.text.matchAll(ordinalYear)) {
    const word = (match[1] ?? '').toLowerCase();
    const nth = ordinals[word] ?? Number.parseInt(word, 10);
    if (!(nth >= 1)) continue;
    // In its n-th year: it began between n and n - 1 years ago; told by the year of the middle.
    const days = Math.round(365.25 * nth);
    mentions.push({
      start: match.index,
      end: match.index + match[0].length,
      ...describeSpan(context.published - days, context.published - days + 365),
      rule: elapsedSpanRule.name,
    });
  }
  return mentions;
}

export const elapsedSpanRule: DateRule = { name: 'elapsed-span', find };
