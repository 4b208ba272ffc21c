/** The timeline's month index: each month with events, how many, and the page of the timeline where it begins. */
import type { Briefing } from '../../core/model.ts';

/** A month (`2025-08`) with its event count and first page. */
export interface TimelineMonth {
  month: string;
  count: number;
  page: number;
}

const computed = new WeakMap<Briefing, TimelineMonth[]>();

/** Months in date order, computed once per briefing (every timeline page shows them). */
export function timelineMonths(briefing: Briefing, pageSize: number): TimelineMonth[] {
  const cached = computed.get(briefing);
  if (cached) return cached;
  const months = new Map<string, TimelineMonth>();
  briefing.events.forEach((event, i) => {
    const month = event.date.slice(0, 7);
    const entry = months.get(month) ?? { month, count: 0, page: Math.floor(i / pageSize) + 1 };
    entry.count += 1;
    months.set(month, entry);
  });
  const list = [...months.values()];
  computed.set(briefing, list);
  return list;
}
