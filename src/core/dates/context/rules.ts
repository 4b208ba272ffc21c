/** The context rules (`find-context-date.ts`) for a sentence that wrote no date. */
import type { ContextRule } from './rule.ts';
import { definiteHappeningRule } from './rules/definite-happening-rule.ts';
import { leadReportRule } from './rules/lead-report-rule.ts';
import { timeConnectiveRule } from './rules/time-connective-rule.ts';

/** The context rules, most specific first. */
export const contextRules: readonly ContextRule[] = [leadReportRule, timeConnectiveRule, definiteHappeningRule];
