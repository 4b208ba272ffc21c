/**
 * Abbreviations that end in a full stop without ending the sentence.
 * Compiled from the AP Stylebook's list of abbreviations used before names and dates
 * and compromise's `model/abbreviations` lists (honorifics, months, organisations).
 * Entries are lowercase and include their dots.
 */

/** Titles, ranks and months: always followed by the rest of the sentence. */
export const prefixAbbreviations: readonly string[] = [
  'mr.',
  'mrs.',
  'ms.',
  'messrs.',
  'dr.',
  'prof.',
  'rev.',
  'hon.',
  'st.',
  'mt.',
  'ft.',
  'gen.',
  'lt.',
  'col.',
  'maj.',
  'capt.',
  'cmdr.',
  'adm.',
  'sgt.',
  'cpl.',
  'pvt.',
  'brig.',
  'gov.',
  'sen.',
  'rep.',
  'amb.',
  'pres.',
  'supt.',
  'atty.',
  'sec.',
  'dep.',
  'asst.',
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sept.',
  'sep.',
  'oct.',
  'nov.',
  'dec.',
  'vs.',
  'v.',
  'cf.',
  'e.g.',
  'i.e.',
  'approx.',
  'ca.',
  'est.',
];

/** Abbreviations that precede a number (`No. 2`, `Art. 5`). */
export const numberAbbreviations: readonly string[] = ['no.', 'nos.', 'art.', 'arts.', 'vol.', 'fig.', 'p.', 'pp.', 'para.', 'ch.', 'res.'];

/** Abbreviations inside names that may also end a sentence (`the U.S.`): merged before a name-like word. */
export const nameAbbreviations: readonly string[] = [
  'u.s.',
  'u.k.',
  'u.n.',
  'e.u.',
  'u.s.a.',
  'd.c.',
  'n.y.',
  'l.a.',
  'jr.',
  'sr.',
  'inc.',
  'ltd.',
  'co.',
  'corp.',
  'bros.',
  'plc.',
  'etc.',
];

/** Clock abbreviations: merged before a time zone, a bracket, a number or a lowercase word. */
export const clockAbbreviations: readonly string[] = ['a.m.', 'p.m.'];
