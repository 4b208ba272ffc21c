/**
 * Lexical cohesion (Halliday & Hasan, "Cohesion in English", 1976, ch. 6): a sentence that goes on with the topic of
 * the sentence before it uses that topic's words again, if only weakly ("The Russians have made concessions" after a
 * sentence about their demands in the talks). A sentence whose own cues reach most of a topic's threshold is filed
 * under that topic when the sentence before it was, by any rule. Two limits keep it to real continuation:
 * - a word that is already a cue of a topic the sentence is filed under belongs to that topic ("territorial
 *   concessions" is about land, not the deal);
 * - the topic of who takes part is left out: its words name the occasion ("the talks", "the meeting"), which is the
 *   setting of nearly every sentence of the coverage, not who meets whom.
 */
import type { TopicAssignment } from '../../model.ts';
import type { SentenceContext } from '../rule.ts';

/** The share of a topic's threshold a sentence's own cues must reach when the sentence before is about that topic. */
export const carriedShare = 0.7;

/** Files a sentence under the previous sentence's topics that its own cues nearly reach. */
export function carryOnTopic(context: SentenceContext): TopicAssignment[] {
  const { previous, assigned, scores } = context;
  if (!previous) return [];
  const filed = (topic: string) => assigned.some((own) => own.topic === topic);
  const taken = scores.filter((entry) => filed(entry.topic.id)).flatMap((entry) => entry.spans);
  const free = (span: [number, number]) => !taken.some(([from, to]) => from <= span[0] && span[1] <= to);
  return scores
    .filter((entry) => entry.topic.role !== 'participants' && !filed(entry.topic.id))
    .filter((entry) => entry.unframed && entry.score >= entry.topic.threshold * carriedShare && entry.spans.some(free))
    .filter((entry) => previous.assignments.some((assignment) => assignment.topic === entry.topic.id))
    .map((entry) => ({ topic: entry.topic.id, cues: entry.cues, rule: 'carry-on-topic', score: entry.score }));
}
