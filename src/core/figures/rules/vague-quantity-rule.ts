/**
 * Vague plural quantities: "tens of thousands", "hundreds of soldiers a day", "displaced
 * millions", "thousands have died". Kept only when the text says what they count.
 */
import type { FigureContext, FigureMention, FigureRule } from '../rule.ts';
import { tokenAt } from '../../reading/tokenize.ts';
import { qualifierPattern } from '../number-pattern.ts';
import { phraseAfter } from '../noun-phrase.ts';
import { unitKind } from '../unit-kind.ts';
import { casualtyVerbs } from '../words/function-words.ts';
import { vagueQuantities } from '../words/number-words.ts';

const quantities = Object.keys(vagueQuantities)
  .sort((a, b) => b.length - a.length)
  .join('|');
const pattern = new RegExp(`${qualifierPattern}\\b(?:${quantities})\\b`, 'gi');
/** The quantity words alone: a cheap first test that most sentences fail. */
const quantityWord = new RegExp(`(?:${quantities})`, 'i');
const casualties = new Set(casualtyVerbs);
const rate = /^\s+(?:a|per|each|every)\s+(day|week|month|year)\b/i;

/** What the quantity counts, and its kind, or null when the text does not say. */
function counted(context: FigureContext, start: number, end: number): { about: string; kind: string } | null {
  const tokens = context.tokens;
  const after = tokenAt(tokens, end);
  if (tokens[after]?.lower === 'of') {
    const phrase = phraseAfter(tokens, after + 1);
    if (!phrase.text) return null;
    const head = phrase.text.split(' of ')[0]!.split(' ').at(-1) ?? '';
    const perTime = rate.exec(context.text.slice(tokens[phrase.next - 1]?.end ?? end));
    const about = perTime ? `${phrase.text} a ${perTime[1]!.toLowerCase()}` : phrase.text;
    const kind = unitKind(head);
    return { about, kind: kind === 'people' || kind === 'money' ? kind : 'count' };
  }
  const before = tokens[tokenAt(tokens, start) - 1]?.lower ?? '';
  if (casualties.has(before)) return { about: `people ${before}`, kind: 'people' };
  for (let i = after; i < Math.min(after + 3, tokens.length); i++) {
    const word = tokens[i]!.lower;
    if (casualties.has(word)) return { about: `people ${word}`, kind: 'people' };
    if (!tokens[i]!.word) break;
  }
  return null;
}

function find(context: FigureContext): FigureMention[] {
  const found: FigureMention[] = [];
  if (!quantityWord.test(context.text)) return found;
  for (const match of context.text.matchAll(pattern)) {
    const end = match.index + match[0].length;
    const what = counted(context, match.index, end);
    if (what) found.push({ start: match.index, end, value: match[0], ...what });
  }
  return found;
}

export const vagueQuantityRule: FigureRule = { name: 'vague-quantity', find };
