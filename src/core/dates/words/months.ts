/**
 * English month names and the abbreviations news styles use (AP: Jan. Feb. Aug. Sept. Oct. Nov. Dec.;
 * Reuters and UK papers drop the dot). Value is the month number 1-12.
 */
export const monthNames: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Regular-expression alternation of the month names, longest first. */
export const monthPattern: string = Object.keys(monthNames)
  .sort((a, b) => b.length - a.length)
  .join('|');
