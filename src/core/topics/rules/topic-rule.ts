/**
 * The shape of a topic rule. Rules run in order for each sentence; each sees what earlier
 * rules assigned and may add assignments for topics not yet assigned.
 */
import type { TopicAssignment } from '../../model.ts';
import type { TextSentence } from '../../stages.ts';
import type { TopicScore } from '../score-topics.ts';

/** What a rule knows about one sentence. */
export interface SentenceContext {
  /** The sentence. */
  sentence: TextSentence;
  /** Its score for every topic, in topic order. */
  scores: TopicScore[];
  /** The previous sentence of the same article, its scores and final assignments, or null for the first. */
  previous: { sentence: TextSentence; scores: TopicScore[]; assignments: TopicAssignment[] } | null;
  /** What earlier rules assigned to this sentence. */
  assigned: TopicAssignment[];
}

/** A named rule. */
export interface TopicRule {
  /** Rule name, recorded in each assignment it makes. */
  name: string;
  /** New assignments for this sentence. */
  apply: (context: SentenceContext) => TopicAssignment[];
}
