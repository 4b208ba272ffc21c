/**
 * A number with a unit of measure after it: "28 points", "about 10km", "nearly three hours",
 * "24 hours", "five times", and ranges ("30 to 50 years", "60-90 days"). The value keeps the unit; `about` is what was measured: an
 * "of" phrase ("years of efforts"), else the words before the linking preposition ("direct
 * talks" for nearly three hours, "advanced" by 10km), else the unit and its phrase ("months in
 * office"), else the unit.
 */
import type { Token } from '../../reading/tokenize.ts';
import { tokenAt } from '../../reading/tokenize.ts';
import type { FigureContext, FigureMention, FigureRule } from '../rule.ts';
import { amountPattern, mayHoldCount, numberStart, qualifierPattern } from '../number-pattern.ts';
import { phraseAfter, phraseBefore } from '../noun-phrase.ts';
import { measureUnitPattern, unitKind } from '../unit-kind.ts';

const pattern = new RegExp(
  `${qualifierPattern}${numberStart}(?:${amountPattern})(?:\\s*(?:to|-|–)\\s*(?:${amountPattern}))?\\s?(${measureUnitPattern})\\b`,
  'giu',
);
/** The units alone: with `mayHoldCount`, a cheap first test that most sentences fail. */
const unitWord = new RegExp(`(?:${measureUnitPattern})`, 'iu');
const linking = new Set(['for', 'in', 'within', 'after', 'over', 'by', 'of', 'at', 'to']);

function plural(unit: string): string {
  const lower = unit.toLowerCase().replace(/\s+/g, ' ');
  return /s$|km$/.test(lower) ? lower : `${lower}s`;
}

function aboutMeasure(tokens: readonly Token[], start: number, end: number, unit: string, kind: string): string {
  const after = tokenAt(tokens, end);
  const next = tokens[after]?.lower;
  if (next === 'of') {
    const phrase = phraseAfter(tokens, after + 1).text;
    if (phrase) return `${plural(unit)} of ${phrase}`;
  }
  const first = tokenAt(tokens, start);
  if (kind === 'count') return phraseBefore(tokens, first) || plural(unit);
  if ((kind === 'duration' || kind === 'distance') && linking.has(tokens[first - 1]?.lower ?? '')) {
    const before = phraseBefore(tokens, first - 1, kind === 'distance' ? 1 : 2);
    if (before) return before;
  }
  if (next === 'in' || next === 'on') {
    const phrase = phraseAfter(tokens, after + 1).text;
    if (phrase) return `${plural(unit)} ${next} ${phrase}`;
  }
  return plural(unit);
}

function find(context: FigureContext): FigureMention[] {
  if (!mayHoldCount(context.text) || !unitWord.test(context.text)) return [];
  return [...context.text.matchAll(pattern)].map((match) => {
    const unit = match[2] ?? '';
    const kind = unit.toLowerCase() === 'times' ? 'count' : (unitKind(unit.replace(/\s+/g, ' ')) ?? 'count');
    const end = match.index + match[0].length;
    return { start: match.index, end, value: match[0], about: aboutMeasure(context.tokens, match.index, end, unit, kind), kind };
  });
}

export const measureRule: FigureRule = { name: 'measure', find };
