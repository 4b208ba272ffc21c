/**
 * The timeline for readers: one entry per happening, newest first (oldest first a link away), with what was
 * scheduled when reported kept apart: still ahead on the newest article's day, or announced for a day now past.
 */
import type { Briefing, Happening } from '../../core/model.ts';
import type { BriefingIndex } from '../data/briefing-index.ts';
import { happeningEntry, type HappeningEntry } from './happening-entry.ts';
import { PAGE_SIZE, newestFirstPages, newestFirstPathOf, oldestFirstPages, pagePath, type SteppedPage } from './pages.ts';

/** Both orders of the timeline and its scheduled happenings. */
export interface TimelineView {
  /** Happenings reported as having taken place, newest first. */
  newestFirst: HappeningEntry[];
  /** The same, oldest first. */
  oldestFirst: HappeningEntry[];
  /** Scheduled happenings on or after the newest article's day, soonest first. */
  ahead: HappeningEntry[];
  /** Scheduled happenings whose day had passed by the newest article's day, newest first. */
  announced: HappeningEntry[];
  /** Every scheduled happening: those ahead, then those announced for a day now past (the scheduled pages' order). */
  scheduled: HappeningEntry[];
}

/** Scheduled happenings still ahead shown on the timeline's first page and the home page; the rest are on the scheduled pages. */
export const MAX_AHEAD = 5;

/** True when a happening's date, at its precision, is not before `day` (`2025-12` is not before `2025-12-04`). */
export function isOnOrAfter(happening: Happening, day: string): boolean {
  return happening.date >= day.slice(0, happening.date.length);
}

const views = new WeakMap<Briefing, TimelineView>();

/** The timeline, computed once per briefing. */
export function timelineView(briefing: Briefing, index: BriefingIndex): TimelineView {
  const cached = views.get(briefing);
  if (cached) return cached;
  const asOf = briefing.asOf ?? '';
  const entries = briefing.happenings.map((happening) => happeningEntry(briefing, index, happening));
  const happened = entries.filter((entry) => !entry.happening.scheduled);
  const scheduled = entries.filter((entry) => entry.happening.scheduled);
  const ahead = scheduled.filter((entry) => asOf !== '' && isOnOrAfter(entry.happening, asOf));
  const announced = scheduled.filter((entry) => asOf === '' || !isOnOrAfter(entry.happening, asOf)).reverse();
  const view = { newestFirst: [...happened].reverse(), oldestFirst: happened, ahead, announced, scheduled: [...ahead, ...announced] };
  views.set(briefing, view);
  return view;
}

/** The timeline's two orders, each a list at its own path. */
export type TimelineOrder = 'newest' | 'oldest';
export const TIMELINE_PATHS: Record<TimelineOrder, string> = { newest: 'timeline/', oldest: 'timeline/oldest/' };

/**
 * The timeline's pages in one order: newest first, its older pages are runs of `PAGE_SIZE.timeline` counted
 * from the oldest entry; oldest first, the same runs in turn. Page n of either order holds the same entries.
 */
export function timelinePages(view: TimelineView, order: TimelineOrder): SteppedPage<HappeningEntry>[] {
  return order === 'newest'
    ? newestFirstPages(view.newestFirst, PAGE_SIZE.timeline, TIMELINE_PATHS.newest)
    : oldestFirstPages(view.oldestFirst, PAGE_SIZE.timeline, TIMELINE_PATHS.oldest);
}

/** A month (`2025-08`, or a year `2022` for year-only dates) with its entry count and the path of the page where it begins. */
export interface TimelineMonth {
  month: string;
  count: number;
  path: string;
}

/** The months of the timeline in `order`, each with the page of its first entry in that order. */
export function timelineMonths(view: TimelineView, order: TimelineOrder): TimelineMonth[] {
  const entries = order === 'newest' ? view.newestFirst : view.oldestFirst;
  const pathOf = (position: number) =>
    order === 'newest'
      ? newestFirstPathOf(position, entries.length, PAGE_SIZE.timeline, TIMELINE_PATHS.newest)
      : pagePath(TIMELINE_PATHS.oldest, Math.floor(position / PAGE_SIZE.timeline) + 1);
  const months = new Map<string, TimelineMonth>();
  entries.forEach((entry, i) => {
    const month = entry.happening.date.slice(0, 7);
    const found = months.get(month) ?? { month, count: 0, path: pathOf(i) };
    found.count += 1;
    months.set(month, found);
  });
  return [...months.values()];
}
