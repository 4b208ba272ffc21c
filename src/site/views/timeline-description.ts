/**
 * The timeline pages' one-sentence descriptions: on the first page how many happenings, over what span; on the
 * others the span of the page's own entries, which stays put as the timeline grows.
 */
import { formatDate, formatSpan } from '../../format/format-date.ts';
import type { HappeningEntry } from './happening-entry.ts';
import type { TimelineView } from './timeline-view.ts';

export function timelineDescription(view: TimelineView): string {
  const first = view.oldestFirst[0]?.happening;
  const last = view.newestFirst[0]?.happening;
  const span = first && last ? ` from ${formatDate(first.date, first.precision)} to ${formatDate(last.date, last.precision)}` : '';
  return `${view.newestFirst.length} dated happenings${span}, each with every article that tells it.`;
}

/** The dates from the earliest to the latest of `entries` (in either order), at their precision. */
export function timelineSpan(entries: readonly HappeningEntry[]): string {
  const [a, b] = [entries[0]?.happening, entries.at(-1)?.happening];
  if (!a || !b) return '';
  return a.date <= b.date ? formatSpan(a, b) : formatSpan(b, a);
}

/** The description of a page past the first: its own entries' span. */
export function timelinePageDescription(entries: readonly HappeningEntry[]): string {
  return `Dated happenings, ${timelineSpan(entries)}, each with every article that tells it.`;
}
