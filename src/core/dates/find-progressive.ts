/**
 * A happening told in the present progressive ("are holding talks", "is visiting Kyiv"): "is" or
 * "are", maybe "not", an -ing verb, and a word of `words/happening-kinds.ts` among that verb and the
 * four words after it. In a lead it is going on as the article is written; elsewhere it may be a
 * plan ("are meeting in Alaska" of a summit dated before), so only the lead reads it (see
 * `context/rules/lead-report-rule.ts`). Once per distinct sentence text; bounded: six tokens looked
 * at per auxiliary.
 */
import type { Token } from '../reading/tokenize.ts';
import { kindOf } from './kind-of.ts';
import { perSentenceText } from './per-sentence-text.ts';

/** Index of the auxiliary of the first progressive happening, or -1. */
export const findProgressive = perSentenceText((tokens: readonly Token[]): number => {
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i]!.lower;
    if (lower !== 'is' && lower !== 'are') continue;
    const verb = tokens[i + 1]?.lower === 'not' ? i + 2 : i + 1;
    const word = tokens[verb];
    if (!word?.word || !word.lower.endsWith('ing') || word.lower.length <= 5) continue;
    for (let k = verb; k < verb + 5 && k < tokens.length; k++) if (tokens[k]!.word && kindOf(tokens[k]!.lower) !== null) return i;
  }
  return -1;
});

/** True when the token at `at` is a perfect auxiliary before a past participle of a happening ("has slapped sanctions"). */
export function isPerfectHappening(tokens: readonly Token[], at: number, participles: ReadonlySet<string>): boolean {
  const lower = tokens[at]?.lower;
  if (lower !== 'has' && lower !== 'have') return false;
  const next = tokens[at + 1]?.lower === 'not' ? tokens[at + 2] : tokens[at + 1];
  if (!next?.word || !(next.lower.endsWith('ed') || participles.has(next.lower))) return false;
  for (let k = at + 1; k < at + 6 && k < tokens.length; k++) if (tokens[k]!.word && kindOf(tokens[k]!.lower) !== null) return true;
  return false;
}
