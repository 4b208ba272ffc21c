/**
 * Units and counted nouns that tell what kind of quantity a number is. Hand-made from the
 * measures and casualty words of conflict reporting (wire style guides, UN casualty reports).
 */

/** Points of a plan or a text. */
export const pointUnits: readonly string[] = ['point', 'points'];

/** Shares of a whole. */
export const shareUnits: readonly string[] = ['%', 'percent', 'per cent', 'pc'];

/** Distances and areas. */
export const distanceUnits: readonly string[] = [
  'km',
  'kms',
  'kilometre',
  'kilometres',
  'kilometer',
  'kilometers',
  'mile',
  'miles',
  'metre',
  'metres',
  'meter',
  'meters',
  'square kilometres',
  'square kilometers',
  'square miles',
  'sq km',
];

/** Lengths of time. */
export const durationUnits: readonly string[] = [
  'second',
  'seconds',
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'decade',
  'decades',
];

/** Nouns that count people (including the dead and the wounded). */
export const peopleNouns: readonly string[] = [
  'people',
  'person',
  'persons',
  'civilian',
  'civilians',
  'soldier',
  'soldiers',
  'troops',
  'servicemen',
  'service members',
  'children',
  'child',
  'refugees',
  'prisoners',
  'prisoners of war',
  'pows',
  'casualties',
  'lives',
  'dead',
  'deaths',
  'fighters',
  'personnel',
  'peacekeepers',
  'residents',
  'men',
  'women',
  'victims',
  'hostages',
  'migrants',
  'workers',
  'citizens',
  'volunteers',
  'conscripts',
  'recruits',
  'wounded',
  'injured',
  'killed',
  'displaced',
  'evacuees',
  'inhabitants',
  'officers',
  'diplomats',
  'army',
  'military',
  'forces',
  'armed forces',
];

/** Currency words and signs. */
export const moneyUnits: readonly string[] = [
  'dollars',
  'dollar',
  'euros',
  'euro',
  'pounds',
  'rubles',
  'roubles',
  'hryvnias',
  'hryvnia',
  'yuan',
  '$',
  '€',
  '£',
  'us$',
];

/** Every noun above: a four-digit number followed by one of these is a figure, not a year. */
export const countedNouns: readonly string[] = [
  ...pointUnits,
  ...shareUnits,
  ...distanceUnits,
  ...durationUnits,
  ...peopleNouns,
  ...moneyUnits,
  'times',
];
