/**
 * The main rule: a sentence belongs to every topic whose cues reach the topic's threshold, provided one of them stands
 * outside the phrases that only frame the sentence ("land swaps as part of an eventual ceasefire deal" is not about
 * the deal: a word that only frames the sentence does not make the topic).
 */
import type { TopicAssignment } from '../../model.ts';
import type { SentenceContext } from '../rule.ts';
import type { TopicScore } from '../score-topics.ts';

/** Assigns the topics whose score reaches their threshold with a cue outside the framing phrases. */
export function cueScore(context: SentenceContext): TopicAssignment[] {
  return filedByCues(context.scores);
}

/** The topics these scores file a text under by its own cues (a sentence, or a headline). */
export function filedByCues(scores: readonly TopicScore[]): TopicAssignment[] {
  return scores
    .filter((entry) => entry.cues.length > 0 && entry.unframed && entry.score >= entry.topic.threshold)
    .map((entry) => ({ topic: entry.topic.id, cues: entry.cues, rule: 'cue-score', score: entry.score }));
}
