/**
 * The main rule: a sentence belongs to every topic whose cues reach the topic's threshold.
 */
import type { TopicAssignment } from '../../model.ts';
import type { SentenceContext } from '../rule.ts';

/** Assigns the topics whose score reaches their threshold. */
export function cueScore(context: SentenceContext): TopicAssignment[] {
  return context.scores
    .filter((entry) => entry.cues.length > 0 && entry.score >= entry.topic.threshold)
    .map((entry) => ({ topic: entry.topic.id, cues: entry.cues, rule: 'cue-score', score: entry.score }));
}
