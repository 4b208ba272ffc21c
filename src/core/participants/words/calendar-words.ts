import { monthNames, weekdayNames } from '../../reading/words/calendar-names.ts';

/** Month and day names and their wire abbreviations, lowercase: dates, never names (AP Stylebook "months"). */
export const calendarWords: string[] = [
  ...monthNames,
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  ...weekdayNames,
  'today',
  'tomorrow',
  'yesterday',
  'christmas',
  'easter',
];
