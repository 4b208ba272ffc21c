/**
 * Participant scores: how many gold participants the briefing found, which ones it split in
 * two, which briefing participants stand for two gold ones (merged), and which briefing persons
 * match nobody in the gold (junk).
 */
import type { Briefing } from '../core/model.ts';
import type { GoldParticipant } from './gold.ts';
import type { ArticlePair } from './match-articles.ts';
import { goldIdsOf } from './match-participants.ts';
import { articleOf } from '../core/ids.ts';

/** Participant scores of a briefing. */
export interface ParticipantReport {
  /** Gold participants in the paired articles. */
  gold: number;
  /** How many of them at least one briefing participant stands for. */
  found: number;
  /** found / gold. */
  recall: number;
  /** Gold ids not found. */
  missed: string[];
  /** Gold participants that two or more briefing participants stand for, with their ids. */
  split: Array<{ gold: string; briefing: string[] }>;
  /** Briefing participants that stand for two or more gold participants. */
  merged: Array<{ briefing: string; gold: string[] }>;
  /** Names of briefing persons that match no gold participant. */
  junk: string[];
}

/** Scores the briefing's participants against the gold participants of the paired articles. */
export function scoreParticipants(briefing: Briefing, pairs: readonly ArticlePair[], all: readonly GoldParticipant[]): ParticipantReport {
  const files = new Set(pairs.map((p) => p.gold.file));
  const articleIds = new Set(pairs.map((p) => p.article.id));
  const gold = all.filter((g) => !Array.isArray(g.articles) || g.articles.length === 0 || g.articles.some((f) => files.has(f)));
  const inPairedArticles = briefing.participants.filter(
    (p) => p.mentions.length === 0 || p.mentions.some((m) => articleIds.has(articleOf(m))),
  );
  const matches = inPairedArticles.map((p) => ({ participant: p, gold: goldIdsOf(p, gold) }));
  const byGold = new Map(gold.map((g) => [g.id, matches.filter((m) => m.gold.includes(g.id)).map((m) => m.participant.id)]));
  const found = [...byGold.values()].filter((ids) => ids.length > 0).length;
  return {
    gold: gold.length,
    found,
    recall: gold.length === 0 ? 1 : found / gold.length,
    missed: gold.filter((g) => (byGold.get(g.id) ?? []).length === 0).map((g) => g.id),
    split: [...byGold].filter(([, ids]) => ids.length > 1).map(([id, ids]) => ({ gold: id, briefing: ids })),
    merged: matches.filter((m) => m.gold.length > 1).map((m) => ({ briefing: m.participant.id, gold: m.gold })),
    junk: matches.filter((m) => m.gold.length === 0 && m.participant.kind === 'person').map((m) => m.participant.name),
  };
}
