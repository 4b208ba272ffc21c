/**
 * Parts of the day and a representative local hour for each (the middle of the usual range),
 * used to move "this morning (NZT)" to the UTC calendar day.
 */
export const partsOfDay: Readonly<Record<string, number>> = {
  morning: 9,
  afternoon: 15,
  evening: 19,
  night: 22,
};
