/**
 * "The comments came a day after X", "The vote follows days of protest": a verb of following just
 * before a phrase counted back from the sentence's own happening dates that happening to the day it
 * is counted from (the reference day, else the day of writing), as a mention of its own on the verb.
 */
import { formatDay } from './calendar.ts';
import type { DateContext, DateMention } from './rule.ts';

const followingVerbs = new Set(['came', 'comes', 'come', 'followed', 'follows', 'happened', 'took']);

/** The mention on the verb just before offset `start`, or null when there is none. */
export function ownDayVerb(context: DateContext, start: number, rule: string): DateMention | null {
  const verb = context.tokens.findLast((token) => token.end <= start);
  if (!verb || !followingVerbs.has(verb.lower)) return null;
  const same = { first: 0, last: 0 };
  return {
    start: verb.start,
    end: verb.end,
    date: formatDay(context.published, 'day'),
    precision: 'day',
    rule,
    relative: { after: null, before: null, reference: same, now: same },
  };
}
