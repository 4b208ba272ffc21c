/**
 * Runs the context rules, in order, on a sentence that wrote no date: the first that dates it wins.
 */
import type { ContextRule, SentenceSituation } from './rule.ts';
import type { DateMention } from '../rule.ts';
import type { SentenceReading } from '../../reading/read-articles.ts';
import { contextRules } from './rules.ts';

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
