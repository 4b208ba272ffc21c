/**
 * Scores a sentence against every topic: the sum of the weights of the distinct cues found
 * (a cue found twice counts once, so repetition does not inflate a score).
 */
import type { TopicDefinition } from '../model.ts';
import { compileCues, type CueNode } from './compile-cues.ts';
import { matchCues } from './match-cues.ts';
import type { WordToken } from './tokenize-words.ts';

/** A topic with its compiled cue trie. */
export interface CompiledTopic {
  /** The definition. */
  topic: TopicDefinition;
  /** The trie of its cues. */
  trie: CueNode;
}

/** How far one sentence goes towards one topic. */
export interface TopicScore {
  /** The topic. */
  topic: TopicDefinition;
  /** Sum of the weights of the distinct cues found. */
  score: number;
  /** The cue terms with a positive weight that were found, in order of first appearance. */
  cues: string[];
  /** Where those cues are in the sentence: `[start, end)` offsets of every positive hit. */
  spans: Array<[number, number]>;
}

/** Compiles every topic's cues once. */
export function compileTopics(topics: readonly TopicDefinition[]): CompiledTopic[] {
  return topics.map((topic) => ({ topic, trie: compileCues(topic.cues) }));
}

/** Scores one tokenised sentence against every compiled topic, in topic order. */
export function scoreTopics(compiled: readonly CompiledTopic[], tokens: readonly WordToken[]): TopicScore[] {
  return compiled.map(({ topic, trie }) => {
    const seen = new Set<string>();
    let score = 0;
    const cues: string[] = [];
    const spans: Array<[number, number]> = [];
    for (const { cue, start, end } of matchCues(trie, tokens)) {
      if (cue.weight > 0) spans.push([tokens[start]?.start ?? 0, tokens[end - 1]?.end ?? 0]);
      if (seen.has(cue.term)) continue;
      seen.add(cue.term);
      score += cue.weight;
      if (cue.weight > 0) cues.push(cue.term);
    }
    return { topic, score: Math.round(score * 1000) / 1000, cues, spans };
  });
}
