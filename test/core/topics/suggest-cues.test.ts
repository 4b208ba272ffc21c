import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.ts';
import type { TopicDefinition } from '../../../src/core/model.ts';
import { suggestCues } from '../../../src/core/topics/suggest-cues.ts';
import { articleInput } from '../../helpers/article-input.ts';

const harbour: TopicDefinition = {
  id: 'harbour',
  title: 'The harbour',
  question: 'What happens at the harbour?',
  order: 1,
  threshold: 1,
  cues: [{ term: 'harbour', weight: 1 }],
};

/** Three articles where "dredging" and "cranes" keep company with the harbour, and "weather" does not. */
const articles = [
  articleInput('a', 'The harbour needs dredging before winter. Dredging costs rose, Jane Dock said. The weather was fine.'),
  articleInput('b', 'Work at the harbour stopped because the cranes broke. Dredging of the harbour will resume. The weather turned.'),
  articleInput('c', 'Cranes at the harbour were repaired. The harbour board approved dredging. Weather reports were mixed.'),
];

describe('suggestCues', () => {
  const briefing = analyze({ title: 'T', articles, topics: [harbour], registry: [] });
  const suggestions = suggestCues(briefing, harbour, 10);

  it('ranks words typical of the topic first, with counts and an example sentence of the topic', () => {
    const terms = suggestions.map((suggestion) => suggestion.term);
    expect(terms).toContain('dredging');
    expect(terms).toContain('cranes');
    expect(terms).not.toContain('weather');
    const dredging = suggestions.find((suggestion) => suggestion.term === 'dredging')!;
    expect(dredging).toMatchObject({ inTopic: 3, articles: 3 });
    expect(
      briefing.articles
        .flatMap((a) => a.sentences)
        .find((s) => s.id === dredging.example)
        ?.text.toLowerCase(),
    ).toContain('dredging');
  });

  it('never suggests what the cues already match, names, or function words', () => {
    const terms = suggestions.map((suggestion) => suggestion.term);
    expect(terms).not.toContain('harbour');
    expect(terms.some((term) => /jane|dock/.test(term))).toBe(false);
    expect(terms).not.toContain('the');
  });

  it('suggests nothing from a single article', () => {
    const one = analyze({ title: 'T', articles: articles.slice(0, 1), topics: [harbour], registry: [] });
    expect(suggestCues(one, harbour)).toEqual([]);
  });
});
