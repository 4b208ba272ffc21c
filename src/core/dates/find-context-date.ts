/**
 * Runs the context rules, in order, on a sentence that wrote no date: the first that dates it wins.
 */
import type { ContextRule, SentenceSituation } from './context-rule.ts';
import type { DateMention } from './date-rule.ts';
import type { SentenceReading } from '../reading/read-articles.ts';
import { definiteHappeningRule } from './context-rules/definite-happening-rule.ts';
import { leadReportRule } from './context-rules/lead-report-rule.ts';
import { timeConnectiveRule } from './context-rules/time-connective-rule.ts';

/** The context rules, most specific first. */
export const contextRules: readonly ContextRule[] = [leadReportRule, timeConnectiveRule, definiteHappeningRule];

/** The date the sentence's context gives it, or null; the situation is made only when a rule applies. */
export function findContextDate(
  reading: SentenceReading,
  position: number,
  situation: () => SentenceSituation,
  rules: readonly ContextRule[] = contextRules,
): DateMention | null {
  let made: SentenceSituation | null = null;
  for (const rule of rules) {
    if (!rule.applies(reading, position)) continue;
    made ??= situation();
    const found = rule.find(made);
    if (found) return found;
  }
  return null;
}
