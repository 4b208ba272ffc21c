/** The model's topics: each definition with its colour and the sentences filed under it. */
import type { Article, Topic, TopicDefinition } from '../model.ts';
import { chooseColours } from '../topics/choose-colours.ts';

/** Topics in definition order, each with its sentence ids in article then sentence order. */
export function assembleTopics(definitions: readonly TopicDefinition[], articles: readonly Article[]): Topic[] {
  const colours = chooseColours(definitions);
  return definitions.map((definition) => ({
    id: definition.id,
    title: definition.title,
    question: definition.question,
    colour: colours.get(definition.id) ?? 'blue',
    role: definition.role ?? null,
    formats: definition.formats ?? [],
    sentences: articles.flatMap((article) =>
      article.sentences.filter((sentence) => sentence.topics.includes(definition.id)).map((sentence) => sentence.id),
    ),
  }));
}
