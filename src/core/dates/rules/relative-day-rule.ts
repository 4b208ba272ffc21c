/**
 * Days named from the moment of writing or speaking: "today", "tonight", "tomorrow",
 * "yesterday", "this morning", "last night", and "overnight" (the night that ends on the day of
 * writing: news of an overnight attack is that day's news). A time zone written after them ("this morning
 * (NZT)") moves the day to the UTC calendar: 9 a.m. in Auckland is the previous evening in UTC.
 * Without one, a place half a day away from the writer moves it there ("in Alaska today", written
 * in New Zealand, is the day before in Alaska).
 */
import { formatDay } from '../calendar.ts';
import type { DateContext, DateMention, DateRule } from '../rule.ts';
import { partsOfDay } from '../words/parts-of-day.ts';
import { timeZoneOffsets } from '../words/time-zones.ts';
import { cue, hasCue } from '../sentence-words.ts';

const zones = Object.keys(timeZoneOffsets).join('|');
const pattern = new RegExp(
  `\\b(?:(today|tonight|overnight|tomorrow|yesterday)|(this|last|tomorrow|yesterday)\\s+(morning|afternoon|evening|night))(?:['’]s)?\\b(?:\\s*(?:\\(\\s*)?(${zones})\\b\\s*\\)?)?`,
  'gi',
);

const dayShift: Readonly<Record<string, number>> = { today: 0, tonight: 0, overnight: 0, this: 0, tomorrow: 1, yesterday: -1, last: -1 };

const words = cue(['today', 'tonight', 'overnight', 'tomorrow', 'yesterday', 'morning', 'afternoon', 'evening', 'night']);

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  if (!hasCue(context.words.cues, words)) return mentions;
  for (const match of context.text.matchAll(pattern)) {
    const word = (match[1] ?? match[2] ?? '').toLowerCase();
    const part = (match[3] ?? (word === 'tonight' ? 'night' : '')).toLowerCase();
    const zone = match[4]?.toLowerCase();
    const shift = dayShift[word] ?? 0;
    // Without a written zone, the day is the one at the happening's place when that is half a day off.
    let day = (zone === undefined ? (context.there ?? context.published) : context.published) + shift;
    if (zone !== undefined) {
      const localHour = partsOfDay[part] ?? 12;
      day += Math.floor((localHour - (timeZoneOffsets[zone] ?? 0)) / 24);
    }
    const mention: DateMention = {
      start: match.index,
      end: match.index + match[0].length,
      date: formatDay(day, 'day'),
      precision: 'day',
      rule: relativeDayRule.name,
    };
    mentions.push(zone === undefined ? { ...mention, speechOffset: shift } : mention);
  }
  return mentions;
}

export const relativeDayRule: DateRule = { name: 'relative-day', find };
