/**
 * A briefing made from the text and topics stages only (no participants, quotes, events ...),
 * enough for the topic scores of `src/eval`.
 */
import type { ArticleInput, Briefing, TopicDefinition } from '../../../src/core/model.ts';
import { parseArticle } from '../../../src/core/text/parse-article.ts';
import { readArticles } from '../../../src/core/reading/read-articles.ts';
import { assignTopics } from '../../../src/core/topics/assign-topics.ts';
import { briefingOf } from '../../helpers/model-parts.ts';

/** Parses the articles, assigns topics and wraps the result as a `Briefing`. */
export function topicBriefing(inputs: readonly ArticleInput[], topics: readonly TopicDefinition[]): Briefing {
  const parsed = inputs.map(parseArticle);
  const assignments = assignTopics(readArticles(parsed), topics);
  const articles = parsed.map(({ input, paragraphs, sentences }) => ({
    id: input.slug,
    title: input.title,
    outlet: input.outlet,
    wire: input.wire,
    published: input.published,
    url: input.url,
    dateline: input.dateline,
    sourceKey: input.wire ?? input.outlet,
    paragraphs: paragraphs.length,
    sentences: sentences.map((sentence) => {
      const own = assignments.get(sentence.id) ?? [];
      return { ...sentence, topics: own.map((a) => a.topic), assignments: own, participants: [] };
    }),
  }));
  return briefingOf({
    title: 'Topics only',
    articles,
    topics: topics.map((t) => ({
      id: t.id,
      title: t.title,
      question: t.question,
      colour: t.colour ?? 'blue',
      role: t.role ?? null,
      formats: t.formats ?? [],
      sentences: articles.flatMap((a) => a.sentences.filter((s) => s.topics.includes(t.id)).map((s) => s.id)),
    })),
  });
}
