/**
 * Sums of money: "$300 billion", "€50bn", "US$1.2 million", "90 billion euros". `about` is what
 * the money is for or in ("frozen russian assets", "loan"), else "money".
 */
import type { FigureContext, FigureMention, FigureRule } from '../rule.ts';
import { tokenAt } from '../../reading/tokenize.ts';
import { digit, numberStart, qualifierPattern } from '../number-pattern.ts';
import { phraseAfter, wordsAfter } from '../noun-phrase.ts';

const scale = '(?:\\s?(?:million|billion|trillion|thousand|bn|mn|tn|m|k)\\b)?';
const patterns = [
  new RegExp(`${qualifierPattern}(?:US\\$|\\$|€|£)\\s?\\d[\\d,]*(?:\\.\\d+)?${scale}`, 'gi'),
  new RegExp(
    `${qualifierPattern}${numberStart}\\d[\\d,]*(?:\\.\\d+)?(?:\\s+(?:million|billion|trillion|thousand))?\\s+(?:dollars|euros|pounds|rubles|roubles|hryvnias|yuan)\\b`,
    'giu',
  ),
];

function aboutMoney(context: FigureContext, end: number): string {
  const next = tokenAt(context.tokens, end);
  const word = context.tokens[next]?.lower;
  if (word === 'in' || word === 'of' || word === 'for' || word === 'worth') {
    const phrase = phraseAfter(context.tokens, next + (context.tokens[next + 1]?.lower === 'of' ? 2 : 1));
    if (phrase.text) return phrase.text;
  }
  return wordsAfter(context.tokens, next).words.join(' ') || 'money';
}

function find(context: FigureContext): FigureMention[] {
  if (!digit.test(context.text)) return []; // both patterns need a digit
  return patterns.flatMap((pattern) =>
    [...context.text.matchAll(pattern)].map((match) => {
      const end = match.index + match[0].length;
      return { start: match.index, end, value: match[0], about: aboutMoney(context, end), kind: 'money' };
    }),
  );
}

export const moneyRule: FigureRule = { name: 'money', find };
