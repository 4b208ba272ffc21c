/** The model's articles: each parsed article with its sentences, and each sentence with its topics and participants. */
import type { Article, Sentence, TopicAssignment, TopicDefinition } from '../model.ts';
import type { ParsedArticle, TextSentence } from '../stages.ts';

/** What a sentence gathers from the stages, by sentence id. */
interface SentenceFindings {
  /** The topics stage's assignments. */
  assignments: ReadonlyMap<string, readonly TopicAssignment[]>;
  /** Participant ids named, in order of first mention. */
  participants: ReadonlyMap<string, string[]>;
  /** Position of each topic id in the definitions. */
  topicOrder: ReadonlyMap<string, number>;
}

/** One sentence of the model: its text, its topics in topic order with why, and who it names. */
function assembleSentence(sentence: TextSentence, findings: SentenceFindings): Sentence {
  const assignments = [...(findings.assignments.get(sentence.id) ?? [])].sort(
    (a, b) => (findings.topicOrder.get(a.topic) ?? 0) - (findings.topicOrder.get(b.topic) ?? 0),
  );
  return {
    ...sentence,
    topics: assignments.map((assignment) => assignment.topic),
    assignments,
    participants: findings.participants.get(sentence.id) ?? [],
  };
}

/** The model's articles, in the order parsed (newest first). */
export function assembleArticles(
  parsed: readonly ParsedArticle[],
  assignments: ReadonlyMap<string, readonly TopicAssignment[]>,
  topics: readonly TopicDefinition[],
  participants: ReadonlyMap<string, string[]>,
): Article[] {
  const findings: SentenceFindings = { assignments, participants, topicOrder: new Map(topics.map((topic, index) => [topic.id, index])) };
  return parsed.map(({ input: article, paragraphs, sentences }) => ({
    id: article.slug,
    title: article.title,
    outlet: article.outlet,
    wire: article.wire,
    published: article.published,
    url: article.url,
    dateline: article.dateline,
    sourceKey: article.wire ?? article.outlet,
    paragraphs: paragraphs.length,
    sentences: sentences.map((sentence) => assembleSentence(sentence, findings)),
  }));
}

/** Topic ids of every sentence, by sentence id, in article then sentence order. */
export function topicsBySentence(articles: readonly Article[]): Map<string, string[]> {
  return new Map(articles.flatMap((article) => article.sentences.map((sentence) => [sentence.id, sentence.topics] as const)));
}
