/** The model's articles and topics: sentences gather their topics in topic order, topics gather their sentences. */
import { describe, expect, it } from 'vitest';
import { assembleArticles, topicsBySentence } from '../../../src/core/assemble/assemble-articles.ts';
import { assembleTopics } from '../../../src/core/assemble/assemble-topics.ts';
import { byNewest } from '../../../src/core/assemble/by-newest.ts';
import type { TopicAssignment, TopicDefinition } from '../../../src/core/model.ts';
import type { ParsedArticle, TextSentence } from '../../../src/core/stages.ts';
import { articleInput } from '../../helpers/article-input.ts';

const definitions: TopicDefinition[] = [
  { id: 'territory', title: 'Territory', question: 'Who holds what?', order: 1, cues: [], threshold: 1 },
  { id: 'guarantees', title: 'Guarantees', question: 'Who guarantees what?', order: 2, cues: [], threshold: 1, colour: 'green' },
];
const sentence = (article: string, index: number): TextSentence => ({
  id: `${article}#s-${index}`,
  article,
  index,
  paragraph: 1,
  text: `Sentence ${index}.`,
});
const parsed = (slug: string, count: number): ParsedArticle => {
  const sentences = Array.from({ length: count }, (_, i) => sentence(slug, i + 1));
  return {
    input: articleInput(slug, '', { wire: slug === 'b' ? 'AP' : null }),
    paragraphs: [{ index: 1, text: '', sentences }],
    sentences,
  };
};
const assigned = (topic: string): TopicAssignment => ({ topic, cues: [], rule: 'test', score: 1 });

describe('assembleArticles', () => {
  const assignments = new Map([
    ['a#s-1', [assigned('guarantees'), assigned('territory')]],
    ['b#s-2', [assigned('territory')]],
  ]);
  const articles = assembleArticles([parsed('a', 2), parsed('b', 2)], assignments, definitions, new Map([['a#s-2', ['putin']]]));

  it('gives every article its sentences, each with its topics in topic order, why, and who it names', () => {
    expect(articles.map((article) => [article.id, article.sourceKey, article.paragraphs, article.sentences.length])).toEqual([
      ['a', 'Wire', 1, 2],
      ['b', 'AP', 1, 2],
    ]);
    expect(articles[0]?.sentences[0]).toMatchObject({ id: 'a#s-1', topics: ['territory', 'guarantees'], participants: [] });
    expect(articles[0]?.sentences[0]?.assignments.map((assignment) => assignment.topic)).toEqual(['territory', 'guarantees']);
    expect(articles[0]?.sentences[1]).toMatchObject({ topics: [], assignments: [], participants: ['putin'] });
  });

  it('reads topics back by sentence, and files sentences under topics in article then sentence order', () => {
    expect(topicsBySentence(articles).get('a#s-1')).toEqual(['territory', 'guarantees']);
    expect(assembleTopics(definitions, articles).map((topic) => [topic.id, topic.colour, topic.role, topic.sentences])).toEqual([
      ['territory', 'blue', null, ['a#s-1', 'b#s-2']],
      ['guarantees', 'green', null, ['a#s-1']],
    ]);
  });
});

describe('byNewest', () => {
  it.each([
    ['a newer article first', { published: '2025-11-30', slug: 'z' }, { published: '2025-11-29', slug: 'a' }, [-1, 1]],
    ['on one day, by slug', { published: '2025-11-30', slug: 'a' }, { published: '2025-11-30', slug: 'b' }, [-1, 1]],
    ['the same article', { published: '2025-11-30', slug: 'a' }, { published: '2025-11-30', slug: 'a' }, [0, 0]],
  ])('%s', (_, a, b, [ab, ba]) => {
    expect(byNewest(a, b)).toBe(ab);
    expect(byNewest(b, a)).toBe(ba);
  });
});
