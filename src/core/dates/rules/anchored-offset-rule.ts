/**
 * Days counted from another happening: "a day after X", "two days before X", "a week after X",
 * "the next day", "a day later", "a day earlier", "the day before", and the same in months and
 * years ("a year after the invasion", "two months later", "the following week"). The date is
 * anchored on what the sentence gives (a date inside X, or one earlier in the sentence), else on the
 * day the sentences before told, else on the day of writing (see `Relative`).
 * When X names a happening told before ("a day after the summit"), the phrase dates the sentence's
 * own happening: X's day plus the count. When X tells a new one ("came a day after 26 nations
 * pledged ..."), the phrase dates X: the sentence's day minus the count, and X is background; a
 * main verb just before ("The comments came") also gets the sentence's own day.
 */
import { formatDay } from '../calendar.ts';
import type { DateContext, DateMention, DateRule, DaySpan, Relative } from '../rule.ts';
import { countPattern, parseCount } from '../../figures/parse-count.ts';
import { namesHappening } from '../names-happening.ts';
import { ownDayVerb } from '../own-day-verb.ts';
import { cue, hasCue } from '../sentence-words.ts';

const counted = new RegExp(
  `\\b(a|an|one|the|${countPattern})\\s+(day|week|month|year)s?\\s+(after|before|later|earlier|prior to|following|afterwards?)\\b`,
  'gi',
);
const named =
  /\bthe\s+(?:(next|following|previous|preceding)\s+(day|morning|afternoon|evening|night|week|month|year)|(day)\s+(before|after)(?=\s*[,.;:!?)"”]|\s*$))/gi;

const units = cue(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'morning', 'afternoon', 'evening', 'night']);
const relations = cue([
  'after',
  'before',
  'later',
  'earlier',
  'prior',
  'following',
  'afterward',
  'afterwards',
  'next',
  'previous',
  'preceding',
]);

/** A single span. */
const at = (days: number, background = false): DaySpan => ({ first: days, last: days, background });

/** A week is the seven days around its count, as in `offset-rule.ts`; months and years count by the calendar. */
function spanOf(count: number, unit: string, sign: number, background = false): DaySpan {
  if (unit === 'month' || unit === 'year') return { first: sign * count, last: sign * count, unit, background };
  const days = sign * count * (unit === 'week' ? 7 : 1);
  return unit === 'week' ? { first: days - 3, last: days + 3, background } : at(days, background);
}

/** A relative mention; its date is a placeholder until `resolveRelative` anchors it. */
function mention(context: DateContext, start: number, end: number, relative: Relative): DateMention {
  const span = relative.now ?? relative.reference ?? { first: 0, last: 0 };
  return {
    start,
    end,
    date: formatDay(context.published + span.first, 'day'),
    precision: 'day',
    rule: anchoredOffsetRule.name,
    relative,
  };
}

/** The mentions of one "N days after/before/later/earlier" phrase. */
function countedMentions(context: DateContext, match: RegExpExecArray): DateMention[] {
  const written = (match[1] ?? '').toLowerCase();
  // "the days after" is a stretch of days, not one.
  if (written === 'the' && /^the\s+\w+s\s/i.test(match[0])) return [];
  const count = written === 'the' ? 1 : parseCount(written);
  if (count === null || !Number.isInteger(count) || count < 1) return [];
  const unit = (match[2] ?? '').toLowerCase();
  const word = (match[3] ?? '').toLowerCase();
  const sign = /^(after|later|following|afterwards?)$/.test(word) ? 1 : -1;
  const start = match.index;
  const end = start + match[0].length;
  const standalone = /^(later|earlier|afterwards?)$/.test(word) || /^\s*(?:[,.;:!?)"”]|$)/.test(context.text.slice(end, end + 2));
  if (standalone || namesHappening(context.tokens, end)) {
    // The sentence's own happening, counted from the one before it.
    const own = spanOf(count, unit, sign);
    // Counted from a happening it names ("a year after the talks"), it is not counted from now.
    return [mention(context, start, end, { after: standalone ? null : own, before: own, reference: own, now: standalone ? own : null })];
  }
  // X, counted back from the sentence's own happening.
  const back = spanOf(count, unit, -sign, true);
  const found = [mention(context, start, end, { after: spanOf(count, unit, sign), before: back, reference: back, now: back })];
  const own = ownDayVerb(context, start, anchoredOffsetRule.name);
  return own ? [own, ...found] : found;
}

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  const { cues } = context.words;
  if (!hasCue(cues, units) || !hasCue(cues, relations)) return mentions;
  for (const match of context.text.matchAll(counted)) mentions.push(...countedMentions(context, match));
  for (const match of context.text.matchAll(named)) {
    const sign = /^(next|following|after)$/i.test(match[1] ?? match[4] ?? '') ? 1 : -1;
    const unit = (match[2] ?? match[3] ?? 'day').toLowerCase();
    // "the next morning" is the next day.
    const span = spanOf(1, /^(week|month|year)$/.test(unit) ? unit : 'day', sign);
    mentions.push(mention(context, match.index, match.index + match[0].length, { after: null, before: span, reference: span, now: span }));
  }
  return mentions;
}

export const anchoredOffsetRule: DateRule = { name: 'anchored-offset', find };
