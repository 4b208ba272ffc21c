/**
 * An ordinal year, month or week of something that is still going on: "the war, now in its
 * fourth year", "the war's fourth year", "its 1,000th day". `about` is the thing ("war").
 */
import type { FigureContext, FigureMention, FigureRule } from '../rule.ts';
import { tokenAt } from '../../reading/tokenize.ts';
import { phraseBefore } from '../noun-phrase.ts';
import { ordinals } from '../words/number-words.ts';

// A written ordinal starts at the head of its digit run (the lookbehind), so a long run of digits and commas is
// read once, not once from every digit in it.
const ordinal = `(?:${Object.keys(ordinals).join('|')}|(?<![\\d,])\\d[\\d,]*(?:st|nd|rd|th))`;
const pattern = new RegExp(`\\b(?:(?:now\\s+)?in\\s+its|its|(\\p{L}+)['’]s)\\s+(${ordinal}\\s+(?:year|month|week|day))\\b`, 'giu');
/** The ordinal and its unit alone: a cheap first test that spares most sentences the pattern's backtracking. */
const ordinalUnit = new RegExp(`(?:${ordinal})\\s+(?:year|month|week|day)`, 'iu');

function find(context: FigureContext): FigureMention[] {
  if (!ordinalUnit.test(context.text)) return [];
  return [...context.text.matchAll(pattern)].map((match) => {
    const value = match[2] ?? '';
    const start = match.index + match[0].length - value.length;
    let about = match[1]?.toLowerCase() ?? '';
    if (!about) {
      let i = tokenAt(context.tokens, match.index);
      while (i > 0 && !context.tokens[i - 1]!.word) i--;
      about = phraseBefore(context.tokens, i) || 'duration';
    }
    return { start, end: start + value.length, value, about, kind: 'duration' };
  });
}

export const ordinalSpanRule: FigureRule = { name: 'ordinal-span', find };
