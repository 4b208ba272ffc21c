/** The topic about who takes part: formats of talks by generic words and by the story's own `formats`. */
import { describe, expect, it } from 'vitest';
import type { Briefing, Topic } from '../../src/core/model.ts';
import { indexBriefing } from '../../src/lib/briefing-index.ts';
import { meetingView } from '../../src/lib/views/meeting-view.ts';
import { articleOf, sentenceOf } from '../helpers/model-parts.ts';

const texts = [
  'Ministers met in a contact group on Monday.',
  'The E3 (three countries) format resumed.',
  'A bilateral call followed.',
  'Fishermen were not invited.',
  'The harbour reopened.',
];

function view(formats: string[]) {
  const article = { ...articleOf('a', '2026-03-02', 'The Daily', texts.length), sentences: texts.map((text, i) => sentenceOf('a', i + 1, text)) };
  const topic: Topic = { id: 'talks', title: 'Talks', question: 'Who?', colour: 'purple', role: 'participants', formats, sentences: article.sentences.map((s) => s.id) };
  const briefing = { schemaVersion: 1, title: 'T', asOf: '2026-03-02', articles: [article], topics: [topic], participants: [], quotes: [], statements: [], events: [], happenings: [], figures: [], claims: [] } as Briefing;
  return meetingView(indexBriefing(briefing), topic);
}

describe('meetingView', () => {
  it.each<[string, string[], string[]]>([
    ['generic words only', [], ['format', 'bilateral']],
    ['the story\'s own formats, read literally (brackets are no pattern)', ['contact group', 'E3 (three countries)'], ['contact group', 'e3 (three countries)', 'bilateral']],
  ])('finds formats with %s', (_, formats, expected) => {
    expect(view(formats).formats.shown.map((row) => row.format)).toEqual(expected);
  });

  it('lists who is said to be left out', () => {
    expect(view([]).exclusions.shown.map((sentence) => sentence.text)).toEqual(['Fishermen were not invited.']);
  });
});
