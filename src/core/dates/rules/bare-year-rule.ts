/**
 * A year on its own after a word that makes it a date: "since 2019", "in 2021", "from 2014 to
 * 2022", "mid-2024"; or as the adjective of a noun after an article or possessive ("the 2014
 * annexation", "Russia's 2022 invasion"). A four-digit number followed by a unit or a counted noun
 * ("2000 troops", "the 2000 soldiers") is a figure, not a year.
 */
import { formatDay, toDayNumber } from '../calendar.ts';
import type { DateContext, DateMention, DateRule } from '../rule.ts';
import { countedNouns } from '../../figures/words/units.ts';

const pattern =
  /\b(?:in|since|from|until|till|by|before|after|during|through|of|between|and|to|early|late|mid|around|circa|spring|summer|autumn|fall|winter|(the|a|its|their|his|her|our|[a-z]+['’]s))[\s-]+((?:1[89]|20)\d\d)\b(?![-,.]?\d|%|\s*per\s*cent|s\b)(?:\s+([a-z]+))?/gi;

const figureNouns = new Set(countedNouns);

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  if (!/\d/.test(context.text)) return mentions; // a year needs digits
  for (const match of context.text.matchAll(pattern)) {
    const next = match[3]?.toLowerCase();
    if (next !== undefined && figureNouns.has(next)) continue;
    // After an article or possessive the year must describe a noun ("the 2014 annexation").
    if (match[1] !== undefined && next === undefined) continue;
    const year = match.index + match[0].search(/\d{4}/);
    mentions.push({
      // The year alone when it is an adjective: the article or possessive belongs to the noun.
      start: match[1] === undefined ? match.index : year,
      end: year + 4,
      date: formatDay(toDayNumber(Number(match[2]), 1, 1), 'year'),
      precision: 'year',
      rule: bareYearRule.name,
    });
  }
  return mentions;
}

export const bareYearRule: DateRule = { name: 'bare-year', find };
