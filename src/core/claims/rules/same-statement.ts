/**
 * Rule: one holder's statement reported twice ("Lavrov said Moscow would never accept European
 * troops" / "Russia will not accept troops from Europe, Lavrov said"): the statements stage gives
 * both sentences the same holder, they share a predicate and two plain words, their times meet,
 * and they are not about different people (one holder saying the same of two pairs of leaders makes
 * two facts).
 */
import { sharedWords, type LinkRule } from '../rule.ts';

export const sameStatement: LinkRule = {
  name: 'same-statement',
  kind: 'same',
  fact: 'predicate',
  accepts: (pair, options) =>
    pair.sharedHolders >= 1 &&
    !pair.peopleConflict &&
    pair.sharedPredicates >= 1 &&
    sharedWords(pair) >= 2 &&
    pair.timesMeet &&
    pair.score >= options.happeningThreshold,
};
