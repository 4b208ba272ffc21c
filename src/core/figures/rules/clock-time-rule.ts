/**
 * Clock times ("9.30 a.m. local time (0730GMT)", "6.45pm (CET)", "10:30 GMT"). They are not
 * dates; they are kept as `time` figures because schedules are checkable facts. `about` is the
 * happening before the time ("talks in geneva", "landed in riyadh").
 */
import type { FigureContext, FigureMention, FigureRule } from '../rule.ts';
import { tokenAt } from '../../reading/tokenize.ts';
import { digit } from '../number-pattern.ts';

const zone = '(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|MSK|NZT|AEST)';
const pattern = new RegExp(
  `\\b\\d{1,2}(?:[.:]\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)(?:\\s+local time)?(?:\\s*\\(\\s*(?:\\d{3,4}\\s*)?[A-Z]{2,4}\\s*\\))?` +
    `|\\b\\d{1,2}[:.]\\d{2}\\s*${zone}\\b|\\b\\d{4}\\s?${zone}\\b`,
  'g',
);
const linking = new Set(['at', 'after', 'before', 'around', 'by', 'until', 'from', 'about']);

const stops = new Set([
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'will',
  'would',
  'is',
  'are',
  'was',
  'were',
  'to',
  'has',
  'have',
  'had',
  'be',
]);
const places = new Set(['in', 'at', 'to', 'from', 'near']);

/**
 * Up to three words before the preposition that leads to the time, adverbs in -ly skipped;
 * stops at auxiliaries and at names that are not a place after a preposition (the subject).
 */
function happeningBefore(context: FigureContext, start: number): string {
  const tokens = context.tokens;
  let i = tokenAt(tokens, start) - 1;
  if (tokens[i] && linking.has(tokens[i]!.lower)) i--;
  while (tokens[i]?.lower.endsWith('ly')) i--;
  const words: string[] = [];
  for (; i >= 0 && words.length < 3 && tokens[i]!.word; i--) {
    const token = tokens[i]!;
    if (stops.has(token.lower)) break;
    if (token.text[0] !== token.lower[0] && !places.has(tokens[i - 1]?.lower ?? '')) break;
    words.unshift(token.lower);
  }
  return words.join(' ');
}

function find(context: FigureContext): FigureMention[] {
  if (!digit.test(context.text)) return [];
  return [...context.text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    value: match[0],
    about: happeningBefore(context, match.index) || 'time of day',
    kind: 'time',
  }));
}

export const clockTimeRule: FigureRule = { name: 'clock-time', find };
