/**
 * How page furniture that carries a date opens a line when it is left in the body: timestamps and
 * bylines ("Published 23 November 2025", "Updated: 10:39 GMT", "By Jane Doe, Nov 23"). Such a line
 * dates the page, not a happening. From the page furniture the ingest removes
 * (`src/ingest/words/furniture-lines.ts`) and the timestamp labels of news sites.
 */
export const furnitureOpeners: readonly string[] = ['published', 'updated', 'last updated', 'first published', 'posted', 'modified', 'by'];
