/**
 * The shape of a link rule: what a compared pair of sentences shares (its words from
 * `compareCandidates`, and its predicates, holders, times and figures), and a named test of it.
 */
import type { CandidateLimits, WordEvidence } from './compare-candidates.ts';

/** Everything the link rules know about a candidate pair. */
export interface PairEvidence extends WordEvidence {
  /** Stances one sentence takes and the other opposes: a predicate denied, or a shared happening called off (`opposedStances`). */
  opposedPredicates: number;
  /** Participants whose statement both sentences report (the statements stage). */
  sharedHolders: number;
  /** One sentence reports one holder's statement alone, and the other reports that holder too. */
  soleHolderShared: boolean;
  /** Each sentence names a person taking part (not telling) that the other does not: two happenings. */
  peopleConflict: boolean;
  /**
   * They report speakers of different sides (both have holders, no side in common), or one's speaker is someone
   * the other reports on, and no person takes part in both: two statements, not one fact.
   */
  speakerConflict: boolean;
  /** Their times meet (see `sentence-time.ts`). */
  timesMeet: boolean;
  /** Both state a day or a month, and two of those meet. */
  statedTimesMeet: boolean;
  /** Days between the two articles' publication. */
  publishedGap: number;
  /** Counted things both give a telling figure for, with values that agree. */
  sameFigures: number;
  /** Counted things both give a telling figure for, with values that never agree. */
  changedFigures: number;
  /** The two sentences are the same text (wire copy). */
  identical: boolean;
}

/** Thresholds the link rules use, and the candidate limits (see `compareCandidates`). */
export interface MatchOptions extends CandidateLimits {
  /** Lowest cosine similarity for two sentences worded alike. */
  threshold: number;
  /** Lowest cosine similarity for two reports of one dated happening, or of one holder's statement. */
  happeningThreshold: number;
  /** Most days between two reports of a figure that changed. */
  storyDays: number;
}

/** `same`: the two report one fact; `changed`: they give different values of one thing. */
export type LinkKind = 'same' | 'changed';

/**
 * What the fact of a link is named by, so that a claim gathers one fact: `copy` (any fact of the
 * sentence), `figure` (the counted thing), `stance` (the opposed predicate), `predicate` (the
 * predicates both share) or `statement` (the holders both report, `@` and the id).
 */
export type LinkFact = 'copy' | 'figure' | 'stance' | 'predicate' | 'statement';

/** A named link rule. */
export interface LinkRule {
  name: string;
  kind: LinkKind;
  fact: LinkFact;
  accepts: (pair: PairEvidence, options: MatchOptions) => boolean;
}

/** Shared tokens that are plain words: not names, titles, dates, numbers or predicates. */
export const sharedWords = (pair: WordEvidence): number =>
  pair.shared - pair.sharedNames - pair.sharedTitles - pair.sharedDates - pair.sharedNumbers - pair.sharedPredicates;

/** Shared tokens that say who or what took part: names, titles and plain words. */
export const sharedArguments = (pair: WordEvidence): number => sharedWords(pair) + pair.sharedNames + pair.sharedTitles;

/** Each sentence names people or places the other does not, and they name none in common: two stories. */
export const namesConflict = (pair: WordEvidence): boolean => pair.sharedNames === 0 && pair.onlyFirstNames > 0 && pair.onlySecondNames > 0;
