/**
 * The evidence of a date is its own words plus the word just before it when that word says how
 * the date is used: a preposition ("on Friday", "since 2019") or a tense word ("said Thursday").
 */
import { tenseOf } from './decide-tense.ts';
import { tokenAt, type Token } from '../reading/tokenize.ts';

const leading = new Set(['on', 'in', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'of', 'for']);

/** Start offset of the evidence for a date that starts at `start`. */
export function widenEvidence(tokens: readonly Token[], start: number): number {
  // The first token that starts at or after `start` is the first that ends after `start - 1`, unless that one straddles it.
  let index = tokenAt(tokens, start);
  if (tokens[index] !== undefined && tokens[index]!.start < start) index += 1;
  const before = index > 0 ? tokens[index - 1] : undefined;
  if (!before || !before.word) return start;
  if (leading.has(before.lower) || tenseOf(before) !== null) return before.start;
  return start;
}
