/**
 * The figure rules (`find-figure-mentions.ts`): rules that only claim words (dates, names like F-16) run before
 * the rules that would misread them as counts.
 */
import type { FigureRule } from './rule.ts';
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
