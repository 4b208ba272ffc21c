/** The parts every card shares: the briefing's title and how recent its newest article is. */
import type { Briefing } from '../../core/model.ts';
import { formatLongDate } from '../../format/format-date.ts';

/** Briefing-wide settings the cards use. */
export interface CardSettings {
  /** Briefing title. */
  title: string;
  /** One-sentence description of the briefing. */
  description: string;
}

/**
 * Brand title and `as of …` line. Cards of one source or one participant leave the date out (`dated: false`):
 * a new article then leaves their images, and so their cached renders, unchanged.
 */
export function cardBase(briefing: Briefing, settings: CardSettings, dated = true): { brand: string; asOf: string | null } {
  return { brand: settings.title, asOf: !dated || briefing.asOf === null ? null : `as of ${formatLongDate(briefing.asOf)}` };
}
