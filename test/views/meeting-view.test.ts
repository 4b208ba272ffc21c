/** The topic about who takes part: formats of talks by generic words and by the story's own `formats`; who is left out. */
import { describe, expect, it } from 'vitest';
import type { Briefing, Participant, Topic } from '../../src/core/model.ts';
import { indexBriefing } from '../../src/site/data/briefing-index.ts';
import { exclusionHeadlines, meetingView } from '../../src/site/views/meeting-view.ts';
import { articleOf, briefingOf, sentenceOf } from '../helpers/model-parts.ts';

const texts = [
  'Ministers met in a contact group on Monday.',
  'The E3 (three countries) format resumed.',
  'A bilateral call followed.',
  'Fishermen were not invited.',
  'The harbour reopened.',
];

function view(formats: string[], own: readonly string[] = texts) {
  const article = {
    ...articleOf('a', '2026-03-02', 'The Daily', own.length),
    sentences: own.map((text, i) => sentenceOf('a', i + 1, text)),
  };
  const topic: Topic = {
    id: 'talks',
    title: 'Talks',
    question: 'Who?',
    colour: 'purple',
    role: 'participants',
    formats,
    sentences: article.sentences.map((s) => s.id),
  };
  const briefing = briefingOf({ asOf: '2026-03-02', articles: [article], topics: [topic] });
  return meetingView(briefing, indexBriefing(briefing), topic);
}

describe('meetingView', () => {
  it.each<[string, string[], string[]]>([
    ['generic words only', [], ['format', 'bilateral']],
    [
      "the story's own formats, read literally (brackets are no pattern)",
      ['contact group', 'E3 (three countries)'],
      ['contact group', 'e3 (three countries)', 'bilateral'],
    ],
  ])('finds formats with %s', (_, formats, expected) => {
    expect(view(formats).formats.shown.map((row) => row.format)).toEqual(expected);
  });

  it('shows a format sentence with the sentence it leans on, never alone and cut off', () => {
    const rows = view([], ['Kallas rejected the terms of the envoys.', 'But the bilateral call went ahead.']).formats.shown;
    expect(rows.map((row) => row.parts.map((part) => part.text))).toEqual([
      ['Kallas rejected the terms of the envoys.', 'But the bilateral call went ahead.'],
    ]);
  });

  it('lists who is said to be left out', () => {
    expect(view([]).exclusions.shown.map((sentence) => sentence.text)).toEqual(['Fishermen were not invited.']);
  });
});

const country = (id: string, name: string, aliases: string[] = []): Participant => ({
  id,
  name,
  kind: 'country',
  affiliation: null,
  roles: [],
  roleSources: [],
  aliases,
  registered: true,
  mentions: [],
});
const participants = [country('ukraine', 'Ukraine', ['Kyiv']), country('russia', 'Russia')];

describe('exclusionHeadlines', () => {
  it.each([
    ['Donald Trump and Vladimir Putin meet in Alaska to discuss peace without Ukraine.', true],
    ['Europe sidelined as Russia and the US talk', true],
    ['Kyiv left out of Riyadh talks', true],
    ['Talks to go on without delay, officials say', false],
    ['Ukraine and Russia resume talks in Istanbul', false],
    ['Ukrainians without power after strikes', false],
  ])('%s → %s', (title, found) => {
    const article = { ...articleOf('a', '2025-08-16'), title };
    expect(exclusionHeadlines([article], [...participants, country('europe', 'Europe')]).length > 0).toBe(found);
  });
});
