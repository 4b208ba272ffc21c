/** A topic page's voices: positions one sentence a cell, read without the one before it; who says what readable alone. */
import { describe, expect, it } from 'vitest';
import type { Briefing, Participant, Statement, Topic } from '../../src/core/model.ts';
import { indexBriefing } from '../../src/site/data/briefing-index.ts';
import { topicView } from '../../src/site/views/topic-view.ts';
import { participantView } from '../../src/site/views/participant-view.ts';
import { articleOf, briefingOf, sentenceOf } from '../helpers/model-parts.ts';

const country = (id: string, name: string): Participant => ({
  id,
  name,
  kind: 'country',
  affiliation: null,
  roles: [],
  roleSources: [],
  aliases: [],
  registered: true,
  mentions: [],
});

function viewOf(texts: string[], held: number[]) {
  const article = {
    ...articleOf('a', '2026-03-02', 'The Daily', texts.length),
    sentences: texts.map((text, i) => sentenceOf('a', i + 1, text)),
  };
  const topic: Topic = {
    id: 'talks',
    title: 'Talks',
    question: 'Who?',
    colour: 'purple',
    role: null,
    formats: [],
    sentences: article.sentences.map((s) => s.id),
  };
  const statements: Statement[] = held.map((n) => ({ participant: 'norway', sentence: `a#s-${n}`, kind: 'reported', rule: 'test' }));
  const briefing = briefingOf({
    asOf: '2026-03-02',
    articles: [article],
    topics: [topic],
    participants: [country('norway', 'Norway')],
    statements,
  });
  return { briefing, view: topicView(briefing, indexBriefing(briefing), 'talks') };
}

function cellOf(texts: string[], held: number[]): string | undefined {
  const { briefing, view } = viewOf(texts, held);
  const statement = view.positions[0]?.cells[0]?.statement;
  return statement ? briefing.articles[0]!.sentences.find((s) => s.id === statement.sentence)?.text : undefined;
}

describe('positions over time', () => {
  it.each<[string, string[], number[], string]>([
    [
      'the first statement when it reads alone',
      ['Oslo rejected the levy.', 'Norway also said talks must go on.'],
      [1, 2],
      'Oslo rejected the levy.',
    ],
    [
      'a later one when the first leans on the sentence before it',
      [
        'Brussels set three conditions for lifting the duty.',
        'Oslo swiftly rejected the conditions.',
        'Norway said it would appeal to the WTO.',
      ],
      [2, 3],
      'Norway said it would appeal to the WTO.',
    ],
    [
      'the first all the same when none reads alone',
      ['Brussels set three conditions.', 'Oslo swiftly rejected the conditions.'],
      [2],
      'Oslo swiftly rejected the conditions.',
    ],
  ])('shows %s', (_, texts, held, expected) => {
    expect(cellOf(texts, held)).toBe(expected);
  });
});

describe('who says what', () => {
  it('shows a statement with the sentence it leans on', () => {
    const { view } = viewOf(['Brussels set three conditions for lifting the duty.', 'Oslo swiftly rejected the conditions.'], [2]);
    expect(view.speakers[0]?.lines.map((line) => line.parts.map((part) => part.text))).toEqual([
      ['Brussels set three conditions for lifting the duty.', 'Oslo swiftly rejected the conditions.'],
    ]);
  });
});

describe("a participant page's statements", () => {
  it('read alone: with the sentence each leans on, or as written when it needs none', () => {
    const { briefing } = viewOf(
      ['Brussels set three conditions for lifting the duty.', 'Oslo swiftly rejected the conditions.', 'Norway said it would appeal.'],
      [2, 3],
    );
    const view = participantView(briefing, indexBriefing(briefing), 'norway');
    expect(view.readable).toEqual({
      'a#s-2': 'Brussels set three conditions for lifting the duty. Oslo swiftly rejected the conditions.',
      'a#s-3': 'Norway said it would appeal.',
    });
  });
});
