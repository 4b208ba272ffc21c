/**
 * Scores a sentence against every topic: the sum of the weights of the distinct cues found
 * (a cue found twice counts once, so repetition does not inflate a score). A cue inside a phrase
 * that only frames the sentence ("Ahead of the summit, ...", "... in any deal") counts half, and a topic none of
 * whose cues stands outside such phrases is marked, so that the frame alone does not decide it.
 */
import type { TopicDefinition } from '../model.ts';
import { compileCues, type CueNode } from './compile-cues.ts';
import { firstWordBits, indexFirstWords, maxIndexedTopics, type FirstWordIndex } from './index-first-words.ts';
import { matchCues } from './match-cues.ts';
import type { WordToken } from './topic-words.ts';
import { framingOpeners, setOffFramingOpeners } from './words/framing-words.ts';

/** Most words a framing phrase runs to when no comma ends it sooner. */
const maxFrame = 6;
/** What a cue inside a framing phrase counts for. */
const framedWeight = 0.5;

/** `[first, end)` word ranges of the framing phrases of a sentence. */
function framingRanges(tokens: readonly WordToken[], text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const opens = (words: readonly string[]) => words.every((word, k) => tokens[i + k]?.text === word);
    const setOff = i === 0 || /[,;:—–()]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
    const opener = framingOpeners.find(opens) ?? (setOff ? setOffFramingOpeners.find(opens) : undefined);
    if (!opener) continue;
    let end = i + opener.length;
    while (
      end < tokens.length &&
      end - i < opener.length + maxFrame &&
      !/[,;:—–()]/.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start))
    )
      end += 1;
    ranges.push([i, end]);
    i = end - 1;
  }
  return ranges;
}

/** A topic with its compiled cue trie. */
export interface CompiledTopic {
  /** The definition. */
  topic: TopicDefinition;
  /** The trie of its cues. */
  trie: CueNode;
  /** The first words of every compiled topic's cues (the same index on each), or null past `maxIndexedTopics`. */
  firstWords: FirstWordIndex | null;
  /** This topic's bit in `firstWords`. */
  bit: number;
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
  /** True when some positive cue stands outside every framing phrase. */
  unframed: boolean;
}

/** Compiles every topic's cues once. */
export function compileTopics(topics: readonly TopicDefinition[]): CompiledTopic[] {
  const tries = topics.map((topic) => compileCues(topic.cues));
  const firstWords = tries.length <= maxIndexedTopics ? indexFirstWords(tries) : null;
  return topics.map((topic, t) => ({ topic, trie: tries[t]!, firstWords, bit: 1 << t }));
}

/** Scores one tokenised sentence against every compiled topic, in topic order. */
export function scoreTopics(compiled: readonly CompiledTopic[], tokens: readonly WordToken[], text = ''): TopicScore[] {
  let frames: Array<[number, number]> | undefined;
  const framed = (start: number, end: number) => (frames ??= framingRanges(tokens, text)).some(([from, to]) => start >= from && end <= to);
  const index = compiled[0]?.firstWords ?? null;
  let starts: Uint32Array | undefined;
  // The topics with a cue start anywhere in the sentence: most sentences start none of most topics.
  let anywhere = 0;
  if (index !== null) {
    starts = new Uint32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) anywhere |= starts[i] = firstWordBits(index, tokens[i]!);
  }
  return compiled.map(({ topic, trie, bit }) => {
    let score = 0;
    const cues: string[] = [];
    const spans: Array<[number, number]> = [];
    let unframed = false;
    if (starts === undefined || (anywhere & bit) !== 0) {
      const seen = new Set<string>();
      for (const { cue, start, end } of matchCues(trie, tokens, starts, bit)) {
        const inFrame = cue.weight > 0 && framed(start, end);
        if (cue.weight > 0) spans.push([tokens[start]?.start ?? 0, tokens[end - 1]?.end ?? 0]);
        if (cue.weight > 0 && !inFrame) unframed = true;
        if (seen.has(cue.term)) continue;
        seen.add(cue.term);
        score += inFrame ? cue.weight * framedWeight : cue.weight;
        if (cue.weight > 0) cues.push(cue.term);
      }
    }
    return { topic, score: Math.round(score * 1000) / 1000, cues, spans, unframed };
  });
}
