/**
 * Rule: a different value for the same thing ("a 28-point plan" / "narrowed to 19 proposals"): both
 * give telling values for one counted thing, no value agrees, they share a plain word besides the
 * counted one (what it belongs to: the plan), no person taking part in one that the other lacks while
 * it names another (seven hours of talks between two envoys, nine between two others), and the
 * articles are at most `storyDays` apart. Places may differ: talks in Geneva cut a plan drafted in
 * Washington. The claim they make is then updated or disputed (see `decideStatus`), never corroborated.
 */
import { sharedWords, type LinkRule } from '../rule.ts';

export const changedFigure: LinkRule = {
  name: 'changed-figure',
  kind: 'changed',
  fact: 'figure',
  accepts: (pair, options) =>
    pair.changedFigures >= 1 &&
    pair.sameFigures === 0 &&
    sharedWords(pair) >= 1 &&
    !pair.peopleConflict &&
    pair.publishedGap <= options.storyDays,
};
