/**
 * The names of the days of the week and of the months, lowercase: words every stage reads as dates, never as names
 * or as what a sentence is about. Each stage adds the abbreviations and other calendar words it needs.
 */
export const weekdayNames: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export const monthNames: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
