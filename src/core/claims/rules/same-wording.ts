/**
 * Rule: a paraphrase of one fact: the same predicate and at least two more shared tokens (names,
 * titles or plain words), one of them not a name (shared names alone are not a fact), times that
 * meet, no sign of two different stories (each sentence naming people or places the other does
 * not, with no name in common; or each naming a person taking part that the other does not; or two
 * speakers' statements, see `speakerConflict`), and a cosine similarity of the idf-weighted tokens of at least
 * `threshold`.
 */
import { namesConflict, sharedArguments, sharedWords, type LinkRule } from '../link-rule.ts';

export const sameWording: LinkRule = {
  name: 'same-wording',
  kind: 'same',
  fact: 'predicate',
  accepts: (pair, options) =>
    pair.sharedPredicates >= 1 &&
    sharedArguments(pair) >= 2 &&
    sharedWords(pair) + pair.sharedTitles >= 1 &&
    pair.timesMeet &&
    !namesConflict(pair) &&
    !pair.peopleConflict &&
    !pair.speakerConflict &&
    pair.score >= options.threshold,
};
