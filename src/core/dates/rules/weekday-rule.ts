/**
 * A named weekday means a day within a week of publication (AP style uses weekday names only
 * for such days). "last Friday" is the one before publication, "next Friday" the one after;
 * a bare weekday goes back or forward by the tense of its clause: "said Thursday" is the most
 * recent Thursday on or before publication, "will meet on Friday" / "set for Friday" / "Friday's
 * summit comes" the next Friday; a sentence in the present reads as future, one with no tense word
 * at all as the nearer of the two. "later Monday" and "earlier Monday" speak of one day from within it, so of a
 * day near the writer's: the nearer of the two, whatever the tense ("said he would call later Monday").
 * The publication weekday itself is the publication day. When the sentence puts its happening in a
 * place half a day away from the writer, the weekday it is there is that day ("will meet in Alaska on
 * Friday", written on Saturday in New Zealand, is that Friday).
 */
import { formatDay, weekdayOf } from '../calendar.ts';
import type { DateContext, DateMention, DateRule } from '../rule.ts';
import { decideTense } from '../decide-tense.ts';
import { tokenAt } from '../../reading/tokenize.ts';
import { widenEvidence } from '../widen-evidence.ts';
import { weekdays } from '../words/weekdays.ts';
import { cue, hasCue } from '../sentence-words.ts';

const names = weekdays.map((name) => name[0]!.toUpperCase() + name.slice(1)).join('|');
const weekdayNames = cue(weekdays);
/** Words that put a weekday's happening within that day ("later Monday"). */
const withinDay = new Set(['later', 'earlier']);
const pattern = new RegExp(`\\b(?:(last|next|this(?: past| coming)?)\\s+)?(${names})(?:['’]s)?\\b`, 'gi');

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  if (!hasCue(context.words.capitalisedCues, weekdayNames)) return mentions;
  for (const match of context.text.matchAll(pattern)) {
    const name = match[2] ?? '';
    if (name[0] !== name[0]?.toUpperCase()) continue;
    const modifier = (match[1] ?? '').toLowerCase();
    const target = weekdays.indexOf(name.toLowerCase());
    const published = weekdayOf(context.published);
    const back = (published - target + 7) % 7;
    const ahead = (target - published + 7) % 7;
    const start = match.index;
    const end = start + match[0].length;
    let day: number;
    // The weekday it still is (or already is) at the happening's place half a day away.
    if (!modifier && context.there !== undefined && weekdayOf(context.there) === target) day = context.there;
    else if (modifier === 'last' || modifier === 'this past') day = context.published - (back || 7);
    else if (modifier === 'next' || modifier === 'this coming') day = context.published + (ahead || 7);
    else if (modifier === 'this' || back === 0) day = context.published + ahead;
    else if (withinDay.has(context.tokens[tokenAt(context.tokens, start) - 1]?.lower ?? ''))
      day = back <= ahead ? context.published - back : context.published + ahead;
    else {
      const tense = decideTense(context.tokens, tokenAt(context.tokens, start), tokenAt(context.tokens, end - 1));
      // A clause in the present speaks of the future; one with no tense word at all ("Monday's
      // talks, the first since May") of the nearer of the two.
      const past = tense === 'past' || (tense === null && back < ahead);
      day = past ? context.published - back : context.published + ahead;
    }
    mentions.push({
      start: modifier ? start : widenEvidence(context.tokens, start),
      end,
      date: formatDay(day, 'day'),
      precision: 'day',
      rule: weekdayRule.name,
    });
  }
  return mentions;
}

export const weekdayRule: DateRule = { name: 'weekday', find };
