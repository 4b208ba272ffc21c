/**
 * Runs the cleaning rules over an article body. The list is ordered (spacing first, so every later rule
 * sees tidy text) and run again until a whole pass changes nothing, because one removal can uncover the
 * next (headline, dateline, headline again at the top of a page).
 */
import type { CleanRule, CleanState, Removal } from './clean-rule.ts';
import { dropFurnitureLines } from './drop-furniture-lines.ts';
import { dropHeadlineRepeats } from './drop-headline-repeats.ts';
import { dropOrphanQuote } from './drop-orphan-quote.ts';
import { normaliseSpaces } from './normalise-spaces.ts';
import { stripFurniturePhrases } from './strip-furniture-phrases.ts';
import { takeDateline } from './take-dateline.ts';
import { takeWireCredit } from './take-wire-credit.ts';

/** The rules, in the order they run within a pass. */
export const cleanRules: readonly CleanRule[] = [
  normaliseSpaces,
  dropFurnitureLines,
  stripFurniturePhrases,
  dropHeadlineRepeats,
  takeDateline,
  takeWireCredit,
  dropOrphanQuote,
];

/** Passes after which the runner stops even if a rule still reports changes (a rule bug, not an input). */
const MAX_PASSES = 50;

/** What cleaning made of a body. */
export interface CleanedBody {
  /** Paragraphs left, in order. */
  paragraphs: string[];
  /** Dateline found, or null. */
  dateline: string | null;
  /** Wire service credited, or null. */
  wire: string | null;
  /** Every removal, in the order they happened. */
  removed: Removal[];
}

/** Cleans `paragraphs` of an article headed `headline`. */
export function cleanBody(
  headline: string,
  paragraphs: readonly string[],
  markdown: boolean,
  rules: readonly CleanRule[] = cleanRules,
): CleanedBody {
  let state: CleanState = { headline, paragraphs, markdown, dateline: null, wire: null };
  const removed: Removal[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    let changed = false;
    for (const rule of rules) {
      const step = rule.apply(state);
      if (!step) continue;
      state = step.state;
      removed.push(...step.removed);
      changed = true;
    }
    if (!changed) break;
  }
  return { paragraphs: [...state.paragraphs], dateline: state.dateline, wire: state.wire, removed };
}
