/**
 * Time-zone abbreviations seen in datelines and live coverage, with their offset from UTC in
 * hours (summer-time names carry the summer offset). From the IANA abbreviation lists.
 */
export const timeZoneOffsets: Readonly<Record<string, number>> = {
  nzt: 12,
  nzst: 12,
  nzdt: 13,
  aest: 10,
  aedt: 11,
  awst: 8,
  jst: 9,
  kst: 9,
  cst: -6,
  ist: 5.5,
  msk: 3,
  eet: 2,
  eest: 3,
  cet: 1,
  cest: 2,
  bst: 1,
  gmt: 0,
  utc: 0,
  edt: -4,
  est: -5,
  et: -5,
  cdt: -5,
  pdt: -7,
  pst: -8,
  pt: -8,
  akdt: -8,
  akst: -9,
};
