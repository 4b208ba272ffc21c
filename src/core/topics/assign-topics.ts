/**
 * The topics stage: files every sentence under the topics it is about, with the reason.
 * Cues are compiled once per topic; each distinct sentence text is tokenised once and walked once
 * per topic, so the cost is linear in the length of the text.
 */
import type { TopicAssignment, TopicDefinition } from '../model.ts';
import type { ParsedArticle } from '../stages.ts';
import { continueDocument } from './rules/continue-document.ts';
import { cueScore } from './rules/cue-score.ts';
import { inheritFromPrevious } from './rules/inherit-from-previous.ts';
import type { SentenceContext, TopicRule } from './rules/topic-rule.ts';
import { compileTopics, scoreTopics } from './score-topics.ts';
import { tokenizeWords } from './tokenize-words.ts';
import { readOncePerText } from '../reading/read-once-per-text.ts';

/** The rules, in the order they run. */
export const topicRules: readonly TopicRule[] = [
  { name: 'cue-score', apply: cueScore },
  { name: 'continue-document', apply: continueDocument },
  { name: 'inherit-from-previous', apply: inheritFromPrevious },
];

/** Runs the rules over one sentence; the first rule to assign a topic wins. */
function applyRules(context: Omit<SentenceContext, 'assigned'>, rules: readonly TopicRule[]): TopicAssignment[] {
  const assigned: TopicAssignment[] = [];
  for (const rule of rules) {
    for (const assignment of rule.apply({ ...context, assigned })) {
      if (!assigned.some((existing) => existing.topic === assignment.topic)) assigned.push(assignment);
    }
  }
  return assigned;
}

/** Sentence id → topic assignments in topic order (sentences without a topic map to `[]`). */
export function assignTopics(
  articles: readonly ParsedArticle[],
  topics: readonly TopicDefinition[],
  rules: readonly TopicRule[] = topicRules,
): Map<string, TopicAssignment[]> {
  const compiled = compileTopics(topics);
  // A sentence's scores depend on its text alone: wire copies share one (read-only) reading.
  const scoresOf = readOncePerText((text) => scoreTopics(compiled, tokenizeWords(text)));
  const order = new Map(topics.map((topic, index) => [topic.id, index]));
  const result = new Map<string, TopicAssignment[]>();
  for (const article of articles) {
    let previous: SentenceContext['previous'] = null;
    for (const sentence of article.sentences) {
      const scores = scoresOf(sentence.text);
      const assignments = applyRules({ sentence, scores, previous }, rules).sort(
        (a, b) => (order.get(a.topic) ?? 0) - (order.get(b.topic) ?? 0),
      );
      result.set(sentence.id, assignments);
      previous = { sentence, scores, assignments };
    }
  }
  return result;
}
