/** English weekday names; the index is the JavaScript weekday (0 = Sunday). Standard calendar names. */
export const weekdays: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
