/**
 * A number in figures whose noun comes before it or whose verb says what it counts:
 * "the death toll at 1,200", "the death toll rose to 12", "killed 1,000",
 * "1,000 were killed". Numbers the text does not tie to anything are left out.
 */
import type { Token } from '../../reading/tokenize.ts';
import { tokenAt } from '../../reading/tokenize.ts';
import type { FigureContext, FigureMention, FigureRule } from '../rule.ts';
import { digit, numberStart, qualifierPattern } from '../number-pattern.ts';
import { phraseBefore } from '../noun-phrase.ts';
import { unitKind } from '../unit-kind.ts';
import { casualtyVerbs } from '../words/function-words.ts';

const pattern = new RegExp(
  `${qualifierPattern}${numberStart}\\d[\\d,]*(?:\\.\\d+)?(?:\\s+(?:million|billion|thousand))?\\b(?![-%]|\\s+of\\b)`,
  'giu',
);
const casualties = new Set(casualtyVerbs);
const links = new Set(['at', 'to', 'reached', 'totalled', 'totaled', 'numbered', 'hit', 'of']);
const movement = new Set(['rose', 'fell', 'climbed', 'increased', 'jumped', 'dropped', 'stood', 'stands', 'grew']);

function counted(tokens: readonly Token[], first: number, last: number): { about: string; kind: string } | null {
  const before = tokens[first - 1]?.lower ?? '';
  if (casualties.has(before)) return { about: `people ${before}`, kind: 'people' };
  for (let i = last + 1; i < Math.min(last + 4, tokens.length) && tokens[i]!.word; i++) {
    if (casualties.has(tokens[i]!.lower)) return { about: `people ${tokens[i]!.lower}`, kind: 'people' };
  }
  if (!links.has(before)) return null;
  let end = first - 1;
  if (movement.has(tokens[end - 1]?.lower ?? '')) end--;
  const about = phraseBefore(tokens, end);
  if (!about) return null;
  return { about, kind: unitKind(about.split(' ').at(-1) ?? '') === 'people' ? 'people' : 'count' };
}

function find(context: FigureContext): FigureMention[] {
  const found: FigureMention[] = [];
  if (!digit.test(context.text)) return found;
  for (const match of context.text.matchAll(pattern)) {
    const end = match.index + match[0].length;
    const what = counted(context.tokens, tokenAt(context.tokens, match.index), tokenAt(context.tokens, end - 1));
    if (what) found.push({ start: match.index, end, value: match[0], ...what });
  }
  return found;
}

export const linkedNumberRule: FigureRule = { name: 'linked-number', find };
