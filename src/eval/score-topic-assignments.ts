/**
 * Topic scores: per-topic precision, recall and F1 over the gold sentences, and their mean
 * (macro-F1). The main score leaves out sentences the annotators marked "borderline"; the
 * strict score keeps them.
 */
import type { Briefing } from '../core/model.ts';
import { findSentence } from './find-sentence.ts';
import type { ArticlePair } from './match-articles.ts';

/** Counts and rates for one topic. */
export interface TopicCounts {
  /** Gold topic id. */
  topic: string;
  /** Briefing topic id it maps to, or null when the briefing has none. */
  mapsTo: string | null;
  /** Sentences both gold and briefing file under the topic. */
  truePositives: number;
  /** Sentences only the briefing files under it. */
  falsePositives: number;
  /** Sentences only the gold files under it. */
  falseNegatives: number;
  /** TP / (TP + FP). */
  precision: number;
  /** TP / (TP + FN). */
  recall: number;
  /** Harmonic mean of precision and recall. */
  f1: number;
}

/** One disagreement, for the report. */
export interface TopicMiss {
  /** Gold file. */
  file: string;
  /** Sentence text. */
  text: string;
  /** Gold topic ids. */
  gold: string[];
  /** Predicted topic ids, in gold vocabulary. */
  predicted: string[];
  /** True when the gold note says "borderline". */
  borderline: boolean;
}

/** A topic score over one set of sentences. */
export interface TopicScore {
  /** Sentences scored. */
  sentences: number;
  /** Per gold topic. */
  topics: TopicCounts[];
  /** Mean F1 over the gold topics that occur (in gold or briefing) among these sentences. */
  macroF1: number;
}

/** Topic scores of a briefing. */
export interface TopicReport {
  /** Without borderline sentences. */
  main: TopicScore;
  /** With every gold sentence. */
  strict: TopicScore;
  /** Gold sentences that no briefing sentence matched. */
  unmatchedSentences: number;
  /** Sentences where gold and briefing disagree. */
  misses: TopicMiss[];
}

/** The briefing topic a gold id stands for: the same id, or one that starts with it (`ceasefire` → `ceasefire-vs-peace-deal`). */
export function mapTopicId(goldId: string, briefingIds: readonly string[]): string | null {
  return briefingIds.find((id) => id === goldId) ?? briefingIds.find((id) => id.startsWith(`${goldId}-`)) ?? null;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/** Precision, recall and F1 from counts; a topic with no gold and no predictions scores 1. */
export function rates(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  if (tp + fp + fn === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

function score(rows: readonly TopicMiss[], goldTopics: readonly string[], mapped: Map<string, string | null>): TopicScore {
  const topics = goldTopics.map((topic): TopicCounts => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const row of rows) {
      const inGold = row.gold.includes(topic);
      const inPredicted = row.predicted.includes(topic);
      if (inGold && inPredicted) tp++;
      else if (inPredicted) fp++;
      else if (inGold) fn++;
    }
    return { topic, mapsTo: mapped.get(topic) ?? null, truePositives: tp, falsePositives: fp, falseNegatives: fn, ...rates(tp, fp, fn) };
  });
  // A topic that neither gold nor briefing uses in this set has no F1 to average.
  const used = topics.filter((t) => t.truePositives + t.falsePositives + t.falseNegatives > 0);
  const macroF1 = used.length === 0 ? 0 : used.reduce((sum, t) => sum + t.f1, 0) / used.length;
  return { sentences: rows.length, topics, macroF1 };
}

/** Scores the topics of the briefing against the gold sentences of the paired articles. */
export function scoreTopicAssignments(briefing: Briefing, pairs: readonly ArticlePair[]): TopicReport {
  const briefingIds = briefing.topics.map((t) => t.id);
  const goldTopics = [...new Set(pairs.flatMap((p) => p.gold.sentences.flatMap((s) => s.topics)))].sort();
  const mapped = new Map(goldTopics.map((topic) => [topic, mapTopicId(topic, briefingIds)]));
  const toGold = new Map([...mapped].filter(([, id]) => id !== null).map(([gold, id]) => [id as string, gold]));
  const rows: TopicMiss[] = [];
  let unmatchedSentences = 0;
  for (const { gold, article } of pairs) {
    for (const sentence of gold.sentences) {
      const found = findSentence(article, sentence.text);
      if (!found) unmatchedSentences++;
      const predicted = (found?.topics ?? []).flatMap((id) => toGold.get(id) ?? []);
      rows.push({
        file: gold.file,
        text: sentence.text,
        gold: [...sentence.topics].sort(),
        predicted: [...predicted].sort(),
        borderline: /borderline/i.test(sentence.note ?? ''),
      });
    }
  }
  return {
    main: score(
      rows.filter((row) => !row.borderline),
      goldTopics,
      mapped,
    ),
    strict: score(rows, goldTopics, mapped),
    unmatchedSentences,
    misses: rows.filter((row) => row.gold.join() !== row.predicted.join()),
  };
}
