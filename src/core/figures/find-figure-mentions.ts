/**
 * Runs the figure rules over one sentence, in order; each stretch of text goes to the first
 * rule that claims it. Rules that only claim words (dates, names like F-16) run before the rules
 * that would misread them as counts.
 */
import type { FigureContext, FigureMention, FigureRule } from './figure-rule.ts';
import { anaphorRule } from './rules/anaphor-rule.ts';
import { calendarNumberRule } from './rules/calendar-number-rule.ts';
import { clockTimeRule } from './rules/clock-time-rule.ts';
import { countedNounRule } from './rules/counted-noun-rule.ts';
import { hyphenUnitRule } from './rules/hyphen-unit-rule.ts';
import { identifierRule } from './rules/identifier-rule.ts';
import { linkedNumberRule } from './rules/linked-number-rule.ts';
import { measureRule } from './rules/measure-rule.ts';
import { moneyRule } from './rules/money-rule.ts';
import { ordinalSpanRule } from './rules/ordinal-span-rule.ts';
import { shareRule } from './rules/share-rule.ts';
import { vagueQuantityRule } from './rules/vague-quantity-rule.ts';

/** The figure rules in the order they run. */
export const figureRules: readonly FigureRule[] = [
  clockTimeRule,
  calendarNumberRule,
  ordinalSpanRule,
  identifierRule,
  anaphorRule,
  moneyRule,
  shareRule,
  vagueQuantityRule,
  hyphenUnitRule,
  measureRule,
  countedNounRule,
  linkedNumberRule,
];

const overlaps = (a: FigureMention, b: FigureMention): boolean => a.start < b.end && b.start < a.end;

/** The figures of one sentence in text order (claimed non-figures removed). */
export function findFigureMentions(context: FigureContext, rules: readonly FigureRule[] = figureRules): FigureMention[] {
  const kept: FigureMention[] = [];
  for (const rule of rules) {
    for (const mention of rule.find(context)) {
      if (!kept.some((other) => overlaps(other, mention))) kept.push(mention);
    }
  }
  return kept.filter((mention) => mention.kind !== null).sort((a, b) => a.start - b.start);
}
