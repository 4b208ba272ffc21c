/**
 * Rule: one holder's statement reported twice ("Lavrov said Moscow would never accept European
 * troops" / "Russia will not accept troops from Europe, Lavrov said"): the statements stage gives
 * both sentences the same holder, they share a predicate and two plain words, and their times meet.
 */
import { sharedWords, type LinkRule } from '../link-rule.ts';

export const sameStatement: LinkRule = {
  name: 'same-statement',
  kind: 'same',
  fact: 'predicate',
  accepts: (pair, options) =>
    pair.sharedHolders >= 1 &&
    pair.sharedPredicates >= 1 &&
    sharedWords(pair) >= 2 &&
    pair.timesMeet &&
    pair.score >= options.happeningThreshold,
};
