/**
 * Quote scores: a gold quote is found when a briefing quote of the same article holds its
 * words or is held by them (normalised); among found quotes, the speaker is right when the
 * briefing speaker is the gold speaker (compared by name and aliases, since ids may differ).
 */
import type { Briefing, Quote } from '../core/model.ts';
import { articleOf } from '../core/ids.ts';
import type { GoldParticipant, GoldQuote } from './gold.ts';
import type { ArticlePair } from './match-articles.ts';
import { isGoldParticipant } from './match-participants.ts';
import { normalizeQuote } from './normalize-for-match.ts';

/** Quote scores of a briefing. */
export interface QuoteReport {
  /** Gold quotes in the paired articles. */
  gold: number;
  /** How many a briefing quote matches. */
  found: number;
  /** found / gold. */
  recall: number;
  /** Found quotes whose speaker is right. */
  speakerCorrect: number;
  /** speakerCorrect / found. */
  speakerAccuracy: number;
  /** Gold quotes not found (their text). */
  missed: string[];
  /** Found quotes with the wrong speaker. */
  wrongSpeaker: Array<{ text: string; gold: string | null; briefing: string | null }>;
}

const wordCount = (text: string): number => text.split(' ').filter(Boolean).length;

/** How well a briefing quote covers a gold quote: 0 when neither holds the other. */
export function quoteOverlap(goldText: string, briefingText: string): number {
  const g = normalizeQuote(goldText);
  const b = normalizeQuote(briefingText);
  if (g.length === 0 || b.length === 0) return 0;
  if (b.includes(g)) return g.length / b.length;
  if (g.includes(b) && wordCount(b) >= Math.min(3, wordCount(g))) return b.length / g.length;
  return 0;
}

function bestQuote(gold: GoldQuote, quotes: readonly Quote[]): Quote | null {
  let best: Quote | null = null;
  let bestOverlap = 0;
  for (const quote of quotes) {
    const overlap = quoteOverlap(gold.text, quote.text);
    if (overlap > bestOverlap) {
      best = quote;
      bestOverlap = overlap;
    }
  }
  return best;
}

/** Scores the briefing's quotes against the gold quotes of the paired articles. */
export function scoreQuotes(
  briefing: Briefing,
  pairs: readonly ArticlePair[],
  goldQuotes: readonly GoldQuote[],
  participants: readonly GoldParticipant[],
): QuoteReport {
  const byId = new Map(briefing.participants.map((p) => [p.id, p]));
  let gold = 0;
  let found = 0;
  let speakerCorrect = 0;
  const missed: string[] = [];
  const wrongSpeaker: QuoteReport['wrongSpeaker'] = [];
  for (const pair of pairs) {
    const quotes = briefing.quotes.filter((q) => articleOf(q.sentence) === pair.article.id);
    for (const goldQuote of goldQuotes.filter((q) => q.file === pair.gold.file)) {
      gold++;
      const quote = bestQuote(goldQuote, quotes);
      if (!quote) {
        missed.push(goldQuote.text);
        continue;
      }
      found++;
      const speaker = quote.speaker ? byId.get(quote.speaker) : undefined;
      const right =
        goldQuote.speaker === null
          ? quote.speaker === null
          : quote.speaker === goldQuote.speaker || (speaker !== undefined && isGoldParticipant(speaker, goldQuote.speaker, participants));
      if (right) speakerCorrect++;
      else wrongSpeaker.push({ text: goldQuote.text, gold: goldQuote.speaker, briefing: quote.speaker });
    }
  }
  return {
    gold,
    found,
    recall: gold === 0 ? 1 : found / gold,
    speakerCorrect,
    speakerAccuracy: found === 0 ? 0 : speakerCorrect / found,
    missed,
    wrongSpeaker,
  };
}
