/** The timeline pages' one-sentence description: how many happenings, over what span. */
import { formatDate } from '../../format/format-date.ts';
import type { TimelineView } from './timeline-view.ts';

export function timelineDescription(view: TimelineView): string {
  const first = view.oldestFirst[0]?.happening;
  const last = view.newestFirst[0]?.happening;
  const span = first && last ? ` from ${formatDate(first.date, first.precision)} to ${formatDate(last.date, last.precision)}` : '';
  return `${view.newestFirst.length} dated happenings${span}, each with every article that tells it.`;
}
