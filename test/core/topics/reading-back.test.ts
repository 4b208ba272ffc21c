import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/core/text/parse-article.ts';
import { readArticles } from '../../../src/core/reading/read-articles.ts';
import { assignTopics } from '../../../src/core/topics/assign-topics.ts';
import { articleInput } from '../../helpers/article-input.ts';
import { loadTopicDefinitions } from './load-topic-definitions.ts';

const topics = loadTopicDefinitions();

/** Each sentence's topics and the rules that gave them, as `topic:rule`. */
function assigned(body: string): string[][] {
  const parsed = parseArticle(articleInput('a', body));
  const map = assignTopics(readArticles([parsed]), topics);
  return parsed.sentences.map((s) => (map.get(s.id) ?? []).map((a) => `${a.topic}:${a.rule}`));
}

describe('refer-to-compound', () => {
  it('files a definite noun that ended a compound after a cue under that cue’s topic', () => {
    expect(
      assigned('Allies agreed to set up a ceasefire monitoring mechanism on Tuesday.\n\nMacron said the mechanism would rely on drones.'),
    ).toEqual([['ceasefire-vs-peace-deal:cue-score'], ['ceasefire-vs-peace-deal:refer-to-compound']]);
    // Singular and plural are one noun.
    expect(assigned('Allies set up ceasefire monitoring mechanisms.\n\nMacron said the mechanism would rely on drones.')[1]).toEqual([
      'ceasefire-vs-peace-deal:refer-to-compound',
    ]);
  });

  it.each<[string, string]>([
    ['an indefinite noun', 'Allies agreed to set up a ceasefire monitoring mechanism.\n\nMacron said a mechanism would rely on drones.'],
    [
      'a noun three sentences on',
      'Allies agreed to set up a ceasefire monitoring mechanism.\n\nOil prices fell.\n\nStocks rose.\n\nMacron said the mechanism would rely on drones.',
    ],
    ['a noun after a comma', 'Allies discussed a ceasefire, mechanism aside.\n\nMacron said the mechanism would rely on drones.'],
  ])('leaves %s alone', (_, body) => {
    expect(assigned(body).at(-1)).toEqual([]);
  });
});

describe('the headline as the sentence before the first', () => {
  /** The first sentence's topics and rules under a headline. */
  const first = (title: string, body: string) => {
    const parsed = parseArticle(articleInput('a', body, { title }));
    return (assignTopics(readArticles([parsed]), topics).get('a#s-1') ?? []).map((a) => `${a.topic}:${a.rule}`);
  };

  it('gives its topics to a first sentence that leans on it', () => {
    expect(first('Kremlin says Trump asked Putin for a truce', 'The US president cited the cold for his request.')).toEqual([
      'ceasefire-vs-peace-deal:inherit-from-previous',
    ]);
  });

  it('gives nothing to a first sentence that does not lean on it, nor to the second', () => {
    expect(first('Kremlin says Trump asked Putin for a truce', 'The US president cited the cold.')).toEqual([]);
    const parsed = parseArticle(
      articleInput('a', 'Oil prices rose on Monday.\n\nThe US president cited the cold for his request.', { title: 'Putin backs a truce' }),
    );
    expect(assignTopics(readArticles([parsed]), topics).get('a#s-2')).toEqual([]);
  });
});
