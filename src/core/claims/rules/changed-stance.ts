/**
 * Rule: opposite stances on one thing ("Moscow has received the plan" / "Moscow has not received the
 * revised plan"; "agreed to a summit in Budapest" / "the Budapest summit was shelved"): a predicate
 * one sentence affirms and the other denies or calls off, what it is about in common (a name, and
 * either two more names, titles or plain words, or one more plain word), and articles at most
 * `storyDays` apart, with no sign of two stories (see `namesConflict`; each naming a person taking part
 * that the other does not: Trump meeting Zelensky is not Trump meeting Putin). The
 * claim they make is then updated or disputed (see `decideStatus`), never corroborated.
 */
import { namesConflict, sharedArguments, sharedWords, type LinkRule } from '../rule.ts';

export const changedStance: LinkRule = {
  name: 'changed-stance',
  kind: 'changed',
  fact: 'stance',
  accepts: (pair, options) =>
    pair.opposedPredicates >= 1 &&
    pair.sharedNames >= 1 &&
    (sharedArguments(pair) >= 3 || (sharedArguments(pair) >= 2 && sharedWords(pair) >= 1)) &&
    !namesConflict(pair) &&
    !pair.peopleConflict &&
    pair.publishedGap <= options.storyDays,
};
