/**
 * A sentence that leans on the one before it (`Kyiv swiftly rejected the conditions.`) and
 * reaches no topic of its own is about what the previous sentence was about: the topics that
 * sentence states in its main clause (not in a `, who ...,` aside), or that it inherited itself.
 */
import type { TopicAssignment } from '../../model.ts';
import { backgroundedSpans, isInside } from '../backgrounded-spans.ts';
import { refersBack } from '../refers-back.ts';
import type { SentenceContext } from '../rule.ts';

type Previous = NonNullable<SentenceContext['previous']>;

/** The previous sentence's topics that a back-reference can point to. */
function salientTopics(previous: Previous): string[] {
  const background = backgroundedSpans(previous.sentence.text);
  return previous.assignments
    .filter((assignment) => {
      const spans = previous.scores.find((entry) => entry.topic.id === assignment.topic)?.spans ?? [];
      return assignment.rule !== 'cue-score' || spans.some((span) => !isInside(span, background));
    })
    .map((assignment) => assignment.topic);
}

/** Copies the previous sentence's salient topics to a back-referring sentence that has none. */
export function inheritFromPrevious(context: SentenceContext): TopicAssignment[] {
  const { previous, assigned, sentence } = context;
  if (assigned.length > 0 || !previous || previous.assignments.length === 0) return [];
  if (!refersBack(sentence.text)) return [];
  return salientTopics(previous).map((topic) => ({ topic, cues: [], rule: 'inherit-from-previous', score: 0 }));
}
