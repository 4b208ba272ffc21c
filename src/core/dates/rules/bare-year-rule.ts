/**
 * A year on its own after a word that makes it a date: "since 2019", "in 2021", "from 2014 to
 * 2022", "mid-2024". A four-digit number followed by a unit or a counted noun ("2000 troops")
 * is a figure, not a year.
 */
import { formatDay, toDayNumber } from '../calendar.ts';
import type { DateContext, DateMention, DateRule } from '../date-rule.ts';
import { countedNouns } from '../../figures/words/units.ts';

const pattern =
  /\b(?:in|since|from|until|till|by|before|after|during|through|of|between|and|to|early|late|mid|around|circa|spring|summer|autumn|fall|winter)[\s-]+((?:1[89]|20)\d\d)\b(?![-,.]?\d|%|\s*per\s*cent|s\b)(?:\s+([a-z]+))?/gi;

const figureNouns = new Set(countedNouns);

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  if (!/\d/.test(context.text)) return mentions; // a year needs digits
  for (const match of context.text.matchAll(pattern)) {
    const next = match[2]?.toLowerCase();
    if (next !== undefined && figureNouns.has(next)) continue;
    const end = match.index + match[0].search(/\d{4}/) + 4;
    mentions.push({
      start: match.index,
      end,
      date: formatDay(toDayNumber(Number(match[1]), 1, 1), 'year'),
      precision: 'year',
      rule: bareYearRule.name,
    });
  }
  return mentions;
}

export const bareYearRule: DateRule = { name: 'bare-year', find };
