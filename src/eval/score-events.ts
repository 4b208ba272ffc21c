/**
 * Event scores: a gold event is found when the briefing has an event with the same date and
 * precision in a sentence of the same article that contains the gold evidence words.
 */
import type { Briefing } from '../core/model.ts';
import { sentencesContaining } from './find-sentence.ts';
import type { GoldEvent } from './gold.ts';
import type { ArticlePair } from './match-articles.ts';

/** Event scores of a briefing. */
export interface EventReport {
  /** Gold events in the paired articles. */
  gold: number;
  /** How many the briefing has. */
  found: number;
  /** found / gold. */
  share: number;
  /** Gold events whose evidence is in no briefing sentence (a splitting problem, not a dating one). */
  evidenceNotFound: number;
  /** Gold events not found, as `date (precision): evidence`. */
  missed: string[];
}

/** Scores the briefing's events against the gold events of the paired articles. */
export function scoreEvents(briefing: Briefing, pairs: readonly ArticlePair[], goldEvents: readonly GoldEvent[]): EventReport {
  let gold = 0;
  let found = 0;
  let evidenceNotFound = 0;
  const missed: string[] = [];
  for (const pair of pairs) {
    for (const event of goldEvents.filter((e) => e.file === pair.gold.file)) {
      gold++;
      const sentences = new Set(sentencesContaining(pair.article, event.evidence).map((s) => s.id));
      if (sentences.size === 0) evidenceNotFound++;
      const hit = briefing.events.some((e) => sentences.has(e.sentence) && e.date === event.date && e.precision === event.precision);
      if (hit) found++;
      else missed.push(`${event.date} (${event.precision}): ${event.evidence}`);
    }
  }
  return { gold, found, share: gold === 0 ? 1 : found / gold, evidenceNotFound, missed };
}
