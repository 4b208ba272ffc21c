/**
 * Who says what: the briefing's statements against the gold `holders` of each sentence, scored
 * as precision, recall and F1 over (sentence, participant) pairs. Briefing participants are named
 * in gold ids (by name, else by alias); one that stands for no gold participant keeps its own id
 * and counts as a wrong holder.
 */
import type { Briefing } from '../core/model.ts';
import { findSentence } from './find-sentence.ts';
import type { GoldParticipant } from './gold.ts';
import type { ArticlePair } from './match-articles.ts';
import { goldIdsOf } from './match-participants.ts';
import { rates } from './score-topic-assignments.ts';

/** One sentence whose holders differ, for the report. */
export interface HolderMiss {
  /** Gold file. */
  file: string;
  /** Sentence text. */
  text: string;
  /** Gold holders. */
  gold: string[];
  /** Briefing holders, in gold ids where they map. */
  predicted: string[];
}

/** Statement scores of a briefing. */
export interface StatementReport {
  /** Gold sentences that carry a `holders` layer. */
  sentences: number;
  /** Pairs both have. */
  truePositives: number;
  /** Pairs only the briefing has. */
  falsePositives: number;
  /** Pairs only the gold has. */
  falseNegatives: number;
  /** TP / (TP + FP). */
  precision: number;
  /** TP / (TP + FN). */
  recall: number;
  /** Harmonic mean. */
  f1: number;
  /** Sentences where the holders differ. */
  misses: HolderMiss[];
}

/** Scores the briefing's statements against the gold holders of the paired articles. */
export function scoreStatements(
  briefing: Briefing,
  pairs: readonly ArticlePair[],
  participants: readonly GoldParticipant[],
): StatementReport {
  const goldIdOf = new Map(
    briefing.participants.map((participant) => {
      const ids = goldIdsOf(participant, participants);
      return [participant.id, ids.includes(participant.id) ? participant.id : (ids[0] ?? participant.id)];
    }),
  );
  const holdersBySentence = new Map<string, Set<string>>();
  for (const statement of briefing.statements) {
    const set = holdersBySentence.get(statement.sentence) ?? new Set<string>();
    set.add(goldIdOf.get(statement.participant) ?? statement.participant);
    holdersBySentence.set(statement.sentence, set);
  }
  let sentences = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: HolderMiss[] = [];
  for (const { gold, article } of pairs) {
    for (const sentence of gold.sentences) {
      if (!Array.isArray(sentence.holders)) continue;
      sentences++;
      const found = findSentence(article, sentence.text);
      const predicted = [...(found ? (holdersBySentence.get(found.id) ?? []) : [])].sort();
      const expected = [...new Set(sentence.holders)].sort();
      const hits = predicted.filter((id) => expected.includes(id)).length;
      tp += hits;
      fp += predicted.length - hits;
      fn += expected.length - hits;
      if (hits !== predicted.length || hits !== expected.length)
        misses.push({ file: gold.file, text: sentence.text, gold: expected, predicted });
    }
  }
  return { sentences, truePositives: tp, falsePositives: fp, falseNegatives: fn, ...rates(tp, fp, fn), misses };
}
