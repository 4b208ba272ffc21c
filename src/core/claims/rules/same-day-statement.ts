/**
 * Rule: one holder's statement of one day reported twice in other words ("Trump told Zelenskiy on Monday that the
 * United States would help guarantee Ukraine's security" / "Trump on Monday couldn't be pinned down on whether U.S.
 * troops would be sent to aid Ukraine"): one sentence reports that holder's statement alone and the other reports
 * it too (two speakers each telling what a third said are two statements), both state a day
 * and two of them meet, they share two plain words, they are not about different people, and their likeness reaches
 * the paraphrase `threshold`. Without a predicate in common the day and the holder stand in for it, so both must be
 * stated, not inherited from the article's date.
 */
import { sharedWords, type LinkRule } from '../rule.ts';

export const sameDayStatement: LinkRule = {
  name: 'same-day-statement',
  kind: 'same',
  fact: 'statement',
  accepts: (pair, options) =>
    pair.soleHolderShared &&
    pair.statedTimesMeet &&
    !pair.peopleConflict &&
    !pair.speakerConflict &&
    sharedWords(pair) >= 2 &&
    pair.score >= options.threshold,
};
