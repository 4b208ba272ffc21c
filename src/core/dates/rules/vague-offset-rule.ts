/**
 * Uncounted stretches from another happening: "days after X", "a few days before", "weeks later",
 * "several days earlier", "months after X". Anchored like `anchored-offset-rule.ts`; the count is a
 * range (a few days: two to four; days: two to six; several days: three to seven; weeks: two to
 * five; months: two to eleven), so the date comes out as the month or year that holds the range.
 * A verb of following before it ("The vote came days after ...") dates the sentence's own happening.
 */
import { formatDay } from '../calendar.ts';
import type { DateContext, DateMention, DateRule, DaySpan } from '../rule.ts';
import { namesHappening } from '../names-happening.ts';
import { ownDayVerb } from '../own-day-verb.ts';
import { cue, hasCue } from '../sentence-words.ts';

const pattern =
  /(?<!\d\s*)\b(?:(a few|few|several|some|just|only|mere)\s+)?(days|weeks|months)\s+(after|before|later|earlier|following|prior to)\b/gi;

const units = cue(['days', 'weeks', 'months']);
const relations = cue(['after', 'before', 'later', 'earlier', 'following', 'prior']);

/** Days in the range each phrasing stands for. */
function range(amount: string, unit: string): [number, number] {
  const few = amount === 'a few' || amount === 'few' || amount === 'just' || amount === 'only' || amount === 'mere';
  if (unit === 'days') return few ? [2, 4] : amount === 'several' ? [3, 7] : [2, 6];
  if (unit === 'weeks') return few ? [14, 28] : [14, 35];
  return few ? [60, 120] : [60, 330];
}

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  const { cues } = context.words;
  if (!hasCue(cues, units) || !hasCue(cues, relations)) return mentions;
  for (const match of context.text.matchAll(pattern)) {
    const [low, high] = range((match[1] ?? '').toLowerCase(), (match[2] ?? '').toLowerCase());
    const word = (match[3] ?? '').toLowerCase();
    const sign = word === 'after' || word === 'later' || word === 'following' ? 1 : -1;
    const end = match.index + match[0].length;
    const standalone = word === 'later' || word === 'earlier' || /^\s*(?:[,.;:!?)"”]|$)/.test(context.text.slice(end, end + 2));
    const forward: DaySpan = sign > 0 ? { first: low, last: high } : { first: -high, last: -low };
    const own = standalone || namesHappening(context.tokens, end);
    const back: DaySpan = own ? forward : { first: -forward.last, last: -forward.first, background: true };
    const verb = own ? null : ownDayVerb(context, match.index, vagueOffsetRule.name);
    if (verb) mentions.push(verb);
    mentions.push({
      start: match.index,
      end,
      date: formatDay(context.published + back.first, 'day'),
      precision: 'day',
      rule: vagueOffsetRule.name,
      relative: { after: standalone ? null : forward, before: back, reference: back, now: back },
    });
  }
  return mentions;
}

export const vagueOffsetRule: DateRule = { name: 'vague-offset', find };
