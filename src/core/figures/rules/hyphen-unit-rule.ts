/**
 * A number joined to its unit before a noun: "28-point plan", "30-day truce", "24-hour
 * deadline", "600,000-strong army", "27-member bloc". `about` is the noun ("points in the
 * peace plan" for points).
 */
import type { FigureContext, FigureMention, FigureRule } from '../rule.ts';
import { tokenAt } from '../../reading/tokenize.ts';
import { countPattern } from '../parse-count.ts';
import { mayHoldCount, numberStart, qualifierPattern } from '../number-pattern.ts';
import { phraseAfter } from '../noun-phrase.ts';

const units: Readonly<Record<string, string>> = {
  point: 'points',
  day: 'duration',
  week: 'duration',
  month: 'duration',
  year: 'duration',
  hour: 'duration',
  minute: 'duration',
  mile: 'distance',
  km: 'distance',
  kilometre: 'distance',
  kilometer: 'distance',
  strong: 'people',
  member: 'count',
  nation: 'count',
  country: 'count',
  seat: 'count',
};
const pattern = new RegExp(`${qualifierPattern}${numberStart}(?:${countPattern})-(${Object.keys(units).join('|')})\\b(?!-)`, 'giu');
/** The hyphen and unit alone: a cheap first test that most sentences fail. */
const hyphenUnit = new RegExp(`-(?:${Object.keys(units).join('|')})`, 'iu');

function find(context: FigureContext): FigureMention[] {
  if (!hyphenUnit.test(context.text) || !mayHoldCount(context.text)) return [];
  return [...context.text.matchAll(pattern)].map((match) => {
    const unit = (match[2] ?? '').toLowerCase();
    const kind = units[unit] ?? 'count';
    const end = match.index + match[0].length;
    const noun = phraseAfter(context.tokens, tokenAt(context.tokens, end)).text;
    const about = kind === 'points' ? (noun ? `points in the ${noun}` : 'points') : noun || `${unit}s`;
    return { start: match.index, end, value: match[0], about, kind };
  });
}

export const hyphenUnitRule: FigureRule = { name: 'hyphen-unit', find };
