/**
 * Rule: a different value for the same thing ("a 28-point plan" / "narrowed to 19 proposals"): both
 * give telling values for one counted thing, no value agrees, they share a plain word besides the
 * counted one (what it belongs to: the plan), and the articles are at most `storyDays` apart. The claim they make is then updated or disputed
 * (see `decideStatus`), never corroborated.
 */
import { sharedWords, type LinkRule } from '../link-rule.ts';

export const changedFigure: LinkRule = {
  name: 'changed-figure',
  kind: 'changed',
  fact: 'figure',
  accepts: (pair, options) =>
    pair.changedFigures >= 1 && pair.sameFigures === 0 && sharedWords(pair) >= 1 && pair.publishedGap <= options.storyDays,
};
