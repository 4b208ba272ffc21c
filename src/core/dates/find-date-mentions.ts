/**
 * Runs the date rules over one sentence, in order, and keeps each stretch of text for the first
 * rule that claims it: specific phrasings ("mid-November", "late last month") run before the
 * general ones that would read only part of them ("November", "month").
 */
import type { DateContext, DateMention, DateRule } from './rule.ts';
import { sentenceWords } from './sentence-words.ts';
import { dateRules } from './rules.ts';

/**
 * Adds a rule's mentions to the kept ones, both in text order, leaving out any that shares text with a kept one:
 * one merge of the two lists, so a sentence with thousands of dates costs no more per date than one with two.
 */
function mergeApart(kept: readonly DateMention[], found: readonly DateMention[]): DateMention[] {
  const merged: DateMention[] = [];
  const sorted = [...found].sort((a, b) => a.start - b.start);
  let k = 0;
  let lastEnd = -1;
  for (const mention of sorted) {
    while (k < kept.length && kept[k]!.start < mention.start) {
      merged.push(kept[k]!);
      lastEnd = Math.max(lastEnd, kept[k]!.end);
      k += 1;
    }
    const next = kept[k];
    // Apart from the kept mention before it, the one after it, and what this rule kept just before.
    if (mention.start < lastEnd || (next !== undefined && next.start < mention.end)) continue;
    merged.push(mention);
    lastEnd = mention.end;
  }
  while (k < kept.length) merged.push(kept[k++]!);
  return merged;
}

/** The dates of one sentence, in text order; no two share any text. */
export function findDateMentions(sentence: Omit<DateContext, 'words'>, rules: readonly DateRule[] = dateRules): DateMention[] {
  const context: DateContext = { ...sentence, words: sentenceWords(sentence.tokens) };
  let kept: DateMention[] = [];
  for (const rule of rules) kept = mergeApart(kept, rule.find(context));
  return kept;
}
