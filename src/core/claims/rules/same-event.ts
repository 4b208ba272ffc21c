/**
 * Rule: one dated happening ("Trump met Zelensky on Monday" / "the White House meeting on Aug. 18"):
 * the same predicate, both sentences state a day and two of them meet, and they share two
 * of who or what took part (names, titles or plain words), at least one of them a name, no person
 * taking part in one that the other lacks while it names another, no sign of two speakers' statements
 * (see `speakerConflict`), and enough overall likeness.
 */
import { sharedArguments, type LinkRule } from '../link-rule.ts';

export const sameEvent: LinkRule = {
  name: 'same-event',
  kind: 'same',
  fact: 'predicate',
  accepts: (pair, options) =>
    pair.sharedPredicates >= 1 &&
    pair.statedTimesMeet &&
    pair.sharedNames >= 1 &&
    !pair.peopleConflict &&
    !pair.speakerConflict &&
    sharedArguments(pair) >= 2 &&
    pair.score >= options.happeningThreshold,
};
