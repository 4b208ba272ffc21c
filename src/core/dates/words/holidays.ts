/**
 * Fixed and computed holidays that news copy uses as dates ("by Thanksgiving", "before Christmas").
 * Fixed dates are month and day; `thanksgiving` is the US rule (fourth Thursday of November).
 * Movable feasts that differ between churches (Easter) are left out on purpose; the fixed Orthodox
 * Christmas of Russian and Ukrainian coverage is in.
 */
export interface Holiday {
  /** Lowercase name as written. */
  name: string;
  /** Month 1-12. */
  month: number;
  /** Day of the month, or null when computed by `nthWeekday`. */
  day: number | null;
  /** For computed holidays: [weekday 0-6, n-th occurrence]. */
  nthWeekday?: [number, number];
}

export const holidays: readonly Holiday[] = [
  // Orthodox Christmas, 25 December of the Julian calendar: 7 January of ours (until 2100).
  { name: 'orthodox christmas', month: 1, day: 7 },
  { name: 'christmas eve', month: 12, day: 24 },
  { name: 'christmas day', month: 12, day: 25 },
  { name: 'christmas', month: 12, day: 25 },
  { name: "new year's eve", month: 12, day: 31 },
  { name: "new year's day", month: 1, day: 1 },
  { name: 'thanksgiving', month: 11, day: null, nthWeekday: [4, 4] },
];
