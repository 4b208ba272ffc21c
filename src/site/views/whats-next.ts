/**
 * What is next: the happenings the articles give a date for that had not taken place when reported and fall on
 * or after the newest article's day (scheduled meetings, deadlines, planned calls), soonest first, with who takes
 * part and where, as their sentences say.
 */
import type { Briefing, Participant } from '../../core/model.ts';
import type { BriefingIndex } from '../data/briefing-index.ts';
import { findPlace } from './find-place.ts';
import type { HappeningEntry } from './happening-entry.ts';
import { capList, type Capped } from './capped.ts';
import { MAX_AHEAD, timelineView } from './timeline-view.ts';

/** People and organisations named per scheduled happening. */
export const MAX_WHO = 4;

/** A scheduled happening with who and where. */
export interface NextItem {
  entry: HappeningEntry;
  who: Participant[];
  /** The place its line names, or null. */
  where: string | null;
}

/** The soonest `MAX_AHEAD` scheduled happenings still ahead, and how many more the scheduled pages list. */
export function whatIsNext(briefing: Briefing, index: BriefingIndex): Capped<NextItem> {
  const { shown, more } = capList(timelineView(briefing, index).ahead, MAX_AHEAD);
  const items = shown.map((entry) => ({
    entry,
    who: entry.who.slice(0, MAX_WHO),
    where: findPlace(entry.lead.map((part) => part.text).join(' '), briefing.participants),
  }));
  return { shown: items, more };
}
