/**
 * Shares of a whole: "20%", "about 19 percent", "19 per cent", "a fifth of", "two-thirds of",
 * "half of". `about` is the whole ("ukraine", "the territory"), else "share".
 */
import type { FigureContext, FigureMention, FigureRule } from '../rule.ts';
import { tokenAt } from '../../reading/tokenize.ts';
import { digit, numberStart, qualifierPattern } from '../number-pattern.ts';
import { phraseAfter } from '../noun-phrase.ts';
import { fractions } from '../words/number-words.ts';

const fraction = Object.keys(fractions).join('|');
/** Each pattern with something every match of it contains, tested first because it is much cheaper. */
const patterns: ReadonlyArray<[RegExp, RegExp]> = [
  [new RegExp(`${qualifierPattern}${numberStart}\\d+(?:\\.\\d+)?\\s?(?:%|percent\\b|per\\s+cent\\b)`, 'giu'), digit],
  [
    new RegExp(`${qualifierPattern}\\b(?:(?:a|one|two|three|four|five)[- ])?(?:${fraction})(?=\\s+of\\b)`, 'gi'),
    new RegExp(`(?:${fraction})`, 'i'),
  ],
];

function aboutWhole(context: FigureContext, end: number): string {
  const next = tokenAt(context.tokens, end);
  if (context.tokens[next]?.lower !== 'of') return 'share';
  return phraseAfter(context.tokens, next + 1).text || 'share';
}

function find(context: FigureContext): FigureMention[] {
  return patterns.flatMap(([pattern, needed]) =>
    !needed.test(context.text)
      ? []
      : [...context.text.matchAll(pattern)].map((match) => {
          const end = match.index + match[0].length;
          return { start: match.index, end, value: match[0], about: aboutWhole(context, end), kind: 'share' };
        }),
  );
}

export const shareRule: FigureRule = { name: 'share', find };
