/**
 * Rule: one happening told by who and where ("Trump had met Putin in Alaska days before" / "after
 * Trump's meeting last week in Alaska with Putin"): the same predicate, at least three shared names
 * (the people and the place), no person taking part in one that the other lacks while it names
 * another, no sign of two speakers' statements (see `speakerConflict`), times that meet, and enough
 * overall likeness. Names with a shared
 * predicate make an event; names alone never do.
 */
import type { LinkRule } from '../link-rule.ts';

export const sameParticipants: LinkRule = {
  name: 'same-participants',
  kind: 'same',
  fact: 'predicate',
  accepts: (pair, options) =>
    pair.sharedPredicates >= 1 &&
    pair.sharedNames >= 3 &&
    !pair.peopleConflict &&
    !pair.speakerConflict &&
    pair.timesMeet &&
    pair.score >= options.happeningThreshold,
};
