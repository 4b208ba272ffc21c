/**
 * A tiny hand-made gold file and briefing whose scores are worked out by hand in the tests.
 */
import type { Briefing, Claim, Participant, Sentence } from '../../src/core/model.ts';
import type { GoldFile } from '../../src/eval/gold.ts';

export const tinyGold: GoldFile = {
  articles: [
    {
      file: 'a.txt',
      headline: 'A',
      sentences: [
        { text: 'Putin met Trump in Alaska.', topics: ['participants'], holders: [] },
        { text: 'They discussed a "ceasefire".', topics: ['ceasefire'], holders: ['vladimir-putin'] },
        { text: 'Kyiv wants guarantees.', topics: ['guarantees'], note: 'Borderline: vague.', holders: [] },
        { text: 'Nothing here.', topics: [], holders: [] },
      ],
    },
    {
      file: 'b.txt',
      headline: 'B',
      sentences: [{ text: 'Zelensky said land is not for sale.', topics: ['territory'], holders: ['volodymyr-zelensky'] }],
    },
    { file: 'c.txt', headline: 'C', sentences: [{ text: 'An article nobody analysed.', topics: [] }] },
  ],
  participants: [
    { id: 'donald-trump', name: 'Donald Trump', kind: 'person', aliases: ['Trump', 'President Trump'], articles: ['a.txt'] },
    { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', aliases: ['Putin'], articles: ['a.txt'] },
    { id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', kind: 'person', aliases: ['Zelensky', 'Zelenskyy'], articles: ['b.txt'] },
    { id: 'fiona-hill', name: 'Fiona Hill', kind: 'person', aliases: [], articles: ['c.txt'] },
  ],
  quotes: [
    { file: 'a.txt', text: 'We want peace.', speaker: 'donald-trump' },
    { file: 'a.txt', text: 'Let them talk', speaker: 'vladimir-putin' },
    { file: 'b.txt', text: 'not for sale', speaker: null },
  ],
  events: [
    { file: 'a.txt', date: '2025-08-15', precision: 'day', evidence: 'in Alaska' },
    { file: 'a.txt', date: '2022-02', precision: 'month', evidence: 'discussed' },
    { file: 'b.txt', date: '2025', precision: 'year', evidence: 'land' },
  ],
  crossSource: [
    {
      kind: 'corroborated',
      claim: 'A meeting and a refusal.',
      files: ['a.txt', 'b.txt'],
      sentences: [
        { file: 'a.txt', text: 'Putin met Trump in Alaska.' },
        { file: 'b.txt', text: 'Zelensky said land is not for sale.' },
      ],
    },
    {
      kind: 'discrepancy',
      claim: 'What was discussed.',
      files: ['a.txt', 'b.txt'],
      sentences: [
        { file: 'a.txt', text: 'They discussed a "ceasefire".' },
        { file: 'b.txt', text: 'Zelensky said land is not for sale.' },
      ],
    },
  ],
};

function claim(id: string, sentences: string[], status: Claim['status']): Claim {
  return {
    id,
    kind: 'fact',
    summary: id,
    sentences,
    outlets: ['O'],
    independentSources: 2,
    status,
    topics: [],
    firstReported: '2025-08-16',
  };
}

function sentence(article: string, index: number, text: string, topics: string[]): Sentence {
  return { id: `${article}#s-${index}`, article, index, paragraph: 1, text, topics, assignments: [], participants: [] };
}

function person(id: string, name: string, aliases: string[], kind: Participant['kind'] = 'person'): Participant {
  return { id, name, kind, affiliation: null, roles: [], roleSources: [], aliases, registered: false, mentions: ['y#s-1'] };
}

const article = (id: string, sentences: Sentence[]) => ({
  id,
  title: id,
  outlet: 'O',
  wire: null,
  published: '2025-08-16',
  url: null,
  dateline: null,
  sourceKey: 'O',
  paragraphs: 1,
  sentences,
});

/** Briefing articles come in another order, with other ids and other quote styles and spacing. */
export const tinyBriefing: Briefing = {
  schemaVersion: 1,
  title: 'Tiny',
  asOf: '2025-08-16',
  articles: [
    article('x', [sentence('x', 1, 'Zelensky said land is  not for sale.', ['territory'])]),
    article('y', [
      sentence('y', 1, 'Putin met Trump in Alaska.', ['participants']),
      sentence('y', 2, 'They discussed a “ceasefire”.', ['ceasefire-vs-peace-deal', 'territory']),
      sentence('y', 3, 'Kyiv wants guarantees.', []),
      sentence('y', 4, 'Nothing here.', []),
    ]),
  ],
  topics: ['guarantees', 'territory', 'ceasefire-vs-peace-deal', 'participants'].map((id) => ({
    id,
    title: id,
    question: '?',
    colour: 'blue',
    role: null,
    formats: [],
    sentences: [],
  })),
  participants: [
    person('trump', 'Donald Trump', ['Trump']),
    person('putin-1', 'Putin', []),
    person('putin-2', 'Vladimir Putin', []),
    person('joe', 'Joe Bloggs', []),
    person('kremlin', 'Kremlin', [], 'organization'),
    person('leaders', 'The leaders', ['Trump', 'Putin'], 'organization'),
  ],
  quotes: [
    { id: 'y#q-1', sentence: 'y#s-1', sentences: ['y#s-1'], text: 'We want peace', speaker: 'trump', attribution: 'x' },
    { id: 'y#q-2', sentence: 'y#s-2', sentences: ['y#s-2'], text: 'Let them talk now, really', speaker: 'trump', attribution: 'x' },
    { id: 'y#q-3', sentence: 'y#s-2', sentences: ['y#s-2'], text: 'not for sale', speaker: null, attribution: null },
  ],
  statements: [
    { participant: 'putin-2', sentence: 'y#s-2', kind: 'reported', rule: 'x' },
    { participant: 'joe', sentence: 'y#s-1', kind: 'reported', rule: 'x' },
  ],
  events: [
    { id: 'y#e-1', date: '2025-08-15', precision: 'day', sentence: 'y#s-1', text: '', evidence: '' },
    { id: 'y#e-2', date: '2022-02', precision: 'day', sentence: 'y#s-2', text: '', evidence: '' },
    { id: 'y#e-3', date: '2025', precision: 'year', sentence: 'y#s-1', text: '', evidence: '' },
    { id: 'x#e-1', date: '2025', precision: 'year', sentence: 'x#s-1', text: '', evidence: '' },
  ],
  happenings: [],
  figures: [],
  claims: [
    claim('c-right', ['y#s-1', 'x#s-1'], 'corroborated'),
    claim('c-names', ['y#s-3', 'x#s-1'], 'disputed'),
    claim('c-dispute', ['y#s-2', 'x#s-1'], 'disputed'),
    claim('c-one-article', ['y#s-1', 'y#s-4'], 'corroborated'),
  ],
};
