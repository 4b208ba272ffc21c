/**
 * A sentence that opens with `It` and a provision verb (`It would cap Ukraine's military ...`,
 * `It leaves open two options ...`) goes on describing the text the previous sentence named.
 * It keeps its own topics and adds the topics whose cues in the previous sentence name that
 * text (`counter-proposal`, `the document`), even when it has topics of its own.
 */
import type { TopicAssignment } from '../../model.ts';
import type { WordToken } from '../topic-words.ts';
import { documentNouns, provisionVerbs } from '../words/back-references.ts';
import type { SentenceContext } from '../rule.ts';

const documents = new Set(documentNouns);
const provisions = new Set(provisionVerbs);

/** True when the sentence opens with "It" and a provision verb. */
function describesDocument(words: readonly WordToken[]): boolean {
  const [first, second] = words;
  return first?.text === 'it' && second !== undefined && provisions.has(second.text);
}

/** Adds the previous sentence's topics whose cues cover a document noun. */
export function continueDocument(context: SentenceContext): TopicAssignment[] {
  const { previous, assigned } = context;
  if (!previous || !describesDocument(context.words)) return [];
  const words = previous.words;
  const namesDocument = (span: [number, number]) =>
    words.some((word) => word.start >= span[0] && word.end <= span[1] && documents.has(word.base.replace(/^.*-/u, '')));
  return previous.assignments
    .filter((assignment) => !assigned.some((own) => own.topic === assignment.topic))
    .filter((assignment) => (previous.scores.find((entry) => entry.topic.id === assignment.topic)?.spans ?? []).some(namesDocument))
    .map((assignment) => ({ topic: assignment.topic, cues: [], rule: 'continue-document', score: 0 }));
}
