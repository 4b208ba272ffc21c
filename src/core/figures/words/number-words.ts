/**
 * English number words, ordinals, fractions and scale words, as newspapers spell numbers
 * (AP and Reuters style: words for one to nine, figures from 10; both appear in quotes).
 */

/** Cardinal number words. */
export const cardinals: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

/** Ordinal words, for "its fourth year". */
export const ordinals: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  twentieth: 20,
  hundredth: 100,
};

/** Fraction words as shares of one ("a fifth", "two-thirds"). */
export const fractions: Readonly<Record<string, number>> = {
  half: 1 / 2,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
  fifth: 1 / 5,
  fifths: 1 / 5,
  sixth: 1 / 6,
  seventh: 1 / 7,
  eighth: 1 / 8,
  ninth: 1 / 9,
  tenth: 1 / 10,
};

/** Scale words after a figure ("1.2 million", "$50bn"). */
export const scales: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/**
 * Vague plural quantities and the range each usually stands for. The ranges do not overlap:
 * "thousands" (a few thousand up to just under ten thousand) and "tens of thousands" are
 * different orders of magnitude, and reports that use one each disagree.
 */
export const vagueQuantities: Readonly<Record<string, [number, number]>> = {
  dozens: [24, 99],
  scores: [40, 199],
  hundreds: [200, 999],
  thousands: [2_000, 9_999],
  'tens of thousands': [10_000, 99_999],
  'hundreds of thousands': [100_000, 999_999],
  millions: [2e6, 1e7 - 1],
  'tens of millions': [1e7, 1e8 - 1],
  'hundreds of millions': [1e8, 1e9 - 1],
  billions: [2e9, 1e10 - 1],
};
