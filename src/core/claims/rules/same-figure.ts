/**
 * Rule: the same figure for the same thing ("a 28-point peace plan" / "the leaked 28-point draft"):
 * both give a telling value for one counted thing, the values agree and none differs, and the
 * sentences are of one time: their times meet, or their articles are at most two weeks apart (a plan's
 * size, an army's strength is a standing fact, not a happening), with no sign of two different stories (three killed in
 * one city, three in another: each names a place the other does not, and they share no name; three
 * hours of talks between two envoys, three between two others).
 */
import { namesConflict, type LinkRule } from '../rule.ts';

/** Days apart two articles may give one standing figure. */
const standingDays = 14;

export const sameFigure: LinkRule = {
  name: 'same-figure',
  kind: 'same',
  fact: 'figure',
  accepts: (pair) =>
    pair.sameFigures >= 1 &&
    pair.changedFigures === 0 &&
    !namesConflict(pair) &&
    !pair.peopleConflict &&
    (pair.timesMeet || pair.publishedGap <= standingDays),
};
