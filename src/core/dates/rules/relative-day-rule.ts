/**
 * Days named from the moment of writing or speaking: "today", "tonight", "tomorrow",
 * "yesterday", "this morning", "last night". A time zone written after them ("this morning
 * (NZT)") moves the day to the UTC calendar: 9 a.m. in Auckland is the previous evening in UTC.
 */
import { formatDay } from '../calendar.ts';
import type { DateContext, DateMention, DateRule } from '../date-rule.ts';
import { partsOfDay } from '../words/parts-of-day.ts';
import { timeZoneOffsets } from '../words/time-zones.ts';

const zones = Object.keys(timeZoneOffsets).join('|');
const pattern = new RegExp(
  `\\b(?:(today|tonight|tomorrow|yesterday)|(this|last|tomorrow|yesterday)\\s+(morning|afternoon|evening|night))(?:['’]s)?\\b(?:\\s*(?:\\(\\s*)?(${zones})\\b\\s*\\)?)?`,
  'gi',
);

const dayShift: Readonly<Record<string, number>> = { today: 0, tonight: 0, this: 0, tomorrow: 1, yesterday: -1, last: -1 };

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  for (const match of context.text.matchAll(pattern)) {
    const word = (match[1] ?? match[2] ?? '').toLowerCase();
    const part = (match[3] ?? (word === 'tonight' ? 'night' : '')).toLowerCase();
    const zone = match[4]?.toLowerCase();
    const shift = dayShift[word] ?? 0;
    let day = context.published + shift;
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
