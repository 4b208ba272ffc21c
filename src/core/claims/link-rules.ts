/**
 * When two compared sentences report the same thing: named rules, tried in order, over what the
 * pair shares (see `compareCandidates`). The first rule that accepts links the pair.
 */
import type { CandidateLimits, PairEvidence } from './compare-candidates.ts';

/** Thresholds the link rules use, and the candidate limits (see `compareCandidates`). */
export interface MatchOptions extends CandidateLimits {
  /** Lowest cosine similarity for two sentences worded alike. */
  threshold: number;
  /** Lowest cosine similarity for two sentences about the same dated happening. */
  happeningThreshold: number;
}

/** A named link rule. */
export interface LinkRule {
  name: string;
  accepts: (pair: PairEvidence, options: MatchOptions) => boolean;
}

/** Days apart beyond which two dated sentences cannot report the same happening. */
const sameTimeDays = 3;

export const linkRules: readonly LinkRule[] = [
  {
    // Paraphrases: several shared words weighted by rarity, at least two of them not names (the
    // same speaker alone is not the same statement), no sign of two different places or people
    // (each sentence naming someone the other does not, with no name in common), and no sign of
    // two different times (both dated to the day, more than three days apart).
    name: 'same-wording',
    accepts: (pair, options) =>
      pair.shared >= options.minShared &&
      pair.shared - pair.sharedNames >= 2 &&
      (pair.dayGap === null || pair.dayGap <= sameTimeDays) &&
      !(pair.sharedNames === 0 && pair.onlyFirstNames > 0 && pair.onlySecondNames > 0) &&
      pair.score >= options.threshold,
  },
  {
    // The same day, at least two of the same names and one more shared word ("Witkoff met Putin
    // on Tuesday" / "Putin held talks with Witkoff in the Kremlin on Tuesday, as Kyiv waited"):
    // the same happening, even when the rest of the sentences differ.
    name: 'same-happening',
    accepts: (pair, options) =>
      pair.sharedDays >= 1 &&
      pair.sharedNames >= 2 &&
      pair.shared - pair.sharedDays - pair.sharedNames >= 1 &&
      pair.score >= options.happeningThreshold,
  },
];

/** The name of the first rule that links the pair, or null. */
export function linkOf(pair: PairEvidence, options: MatchOptions, rules: readonly LinkRule[] = linkRules): string | null {
  return rules.find((rule) => rule.accepts(pair, options))?.name ?? null;
}
