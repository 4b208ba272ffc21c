/** The date rules (`find-date-mentions.ts`): specific phrasings before the general ones that would read part of them. */
import type { DateRule } from './rule.ts';
import { anchoredOffsetRule } from './rules/anchored-offset-rule.ts';
import { bareYearRule } from './rules/bare-year-rule.ts';
import { elapsedSpanRule } from './rules/elapsed-span-rule.ts';
import { eveRule } from './rules/eve-rule.ts';
import { explicitDateRule } from './rules/explicit-date-rule.ts';
import { holidayRule } from './rules/holiday-rule.ts';
import { nthDayRule } from './rules/nth-day-rule.ts';
import { offsetRule } from './rules/offset-rule.ts';
import { ordinalDayRule } from './rules/ordinal-day-rule.ts';
import { partOfMonthRule } from './rules/part-of-month-rule.ts';
import { periodEndRule } from './rules/period-end-rule.ts';
import { precedingSpanRule } from './rules/preceding-span-rule.ts';
import { relativeDayRule } from './rules/relative-day-rule.ts';
import { relativePeriodRule } from './rules/relative-period-rule.ts';
import { vagueOffsetRule } from './rules/vague-offset-rule.ts';
import { weekdayRule } from './rules/weekday-rule.ts';
import { weekendRule } from './rules/weekend-rule.ts';
import { withinRule } from './rules/within-rule.ts';

/** The date rules, most specific first. */
export const dateRules: readonly DateRule[] = [
  partOfMonthRule,
  periodEndRule,
  holidayRule,
  eveRule,
  nthDayRule,
  relativePeriodRule,
  weekendRule,
  precedingSpanRule,
  offsetRule,
  withinRule,
  anchoredOffsetRule,
  vagueOffsetRule,
  elapsedSpanRule,
  explicitDateRule,
  relativeDayRule,
  weekdayRule,
  ordinalDayRule,
  bareYearRule,
];
