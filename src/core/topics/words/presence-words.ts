/**
 * Words that put someone at a place, lowercase, for the rule that files presence at the venue of talks under the
 * topic of who takes part (`rules/at-the-venue.ts`): the copula and its forms ("is also in Geneva"), being present,
 * arriving and gathering, and an event taking place or being held somewhere.
 */
export const presenceWords: readonly string[] = [
  'is',
  'are',
  'was',
  'were',
  'present',
  'arrive',
  'arrives',
  'arrived',
  'arriving',
  'gather',
  'gathers',
  'gathered',
  'gathering',
  'convene',
  'convenes',
  'convened',
  'taking',
  'held',
];

/** Prepositions that introduce a venue: "in Geneva", "at the White House". */
export const venuePrepositions: readonly string[] = ['in', 'at'];
