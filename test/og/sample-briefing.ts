/**
 * A small hand-made briefing for the share-card tests: wire copy printed by two outlets, a person with
 * a role, an organisation without one, a country, quotes, and events of every date precision.
 * Written for these tests (wire-style sentences), not taken from the seed articles.
 */
import type { Article, Briefing, Participant, Sentence } from '../../src/core/model.ts';

function sentence(article: string, index: number, text: string, topics: string[] = [], participants: string[] = []): Sentence {
  return { id: `${article}#s-${index}`, article, index, paragraph: 1, text, topics, assignments: [], participants };
}

function article(id: string, outlet: string, wire: string | null, published: string, title: string, sentences: Sentence[]): Article {
  return { id, title, outlet, wire, published, url: null, dateline: null, sourceKey: wire ?? outlet, paragraphs: 1, sentences };
}

function participant(
  id: string,
  name: string,
  kind: Participant['kind'],
  roles: string[],
  affiliation: string | null,
  mentions: string[],
): Participant {
  return { id, name, kind, affiliation, roles, roleSources: [], aliases: [name], registered: true, mentions };
}

/** The sample briefing; pass overrides to vary one part. */
export function sampleBriefing(overrides: Partial<Briefing> = {}): Briefing {
  const articles = [
    article('kyiv-talks', 'The Kyiv Independent', null, '2025-11-27', 'US to discuss security guarantees after a deal is signed', [
      sentence(
        'kyiv-talks',
        1,
        'Rustem Umerov said on Thursday that talks in Geneva were constructive.',
        ['guarantees'],
        ['rustem-umerov'],
      ),
      sentence('kyiv-talks', 2, 'NATO allies want a say in any guarantee.', ['guarantees'], ['nato']),
    ]),
    article('wire-anchorage', 'The Daily Star', 'Reuters', '2025-08-16', 'Leaders leave Alaska without a ceasefire', [
      sentence('wire-anchorage', 1, 'No ceasefire was agreed in Anchorage, Reuters reported.', ['ceasefire-vs-peace-deal']),
      sentence('wire-anchorage', 2, '"We will keep talking," Umerov said.', ['ceasefire-vs-peace-deal'], ['rustem-umerov']),
    ]),
    article('wire-preview', 'Gulf Herald', 'Reuters', '2025-08-14', 'Summit preview: what each side wants on territory', [
      sentence('wire-preview', 1, 'Ukraine rejects any withdrawal from Donetsk, officials said.', ['territory'], ['ukraine']),
    ]),
  ];
  return {
    schemaVersion: 1,
    title: 'Ukraine peace talks',
    asOf: '2025-11-27',
    articles,
    topics: [
      {
        id: 'guarantees',
        title: 'Security guarantees',
        question: 'Who would guarantee Ukraine’s security after a deal?',
        colour: 'blue',
        role: null,
        formats: [],
        sentences: ['kyiv-talks#s-1', 'kyiv-talks#s-2'],
      },
      {
        id: 'territory',
        title: 'Territory',
        question: 'Which land would Ukraine give up or keep?',
        colour: 'rust',
        role: null,
        formats: [],
        sentences: ['wire-preview#s-1'],
      },
      {
        id: 'ceasefire-vs-peace-deal',
        title: 'Ceasefire or peace deal',
        question: 'A ceasefire first, or a full peace deal?',
        colour: 'green',
        role: null,
        formats: [],
        sentences: ['wire-anchorage#s-1', 'wire-anchorage#s-2'],
      },
      {
        id: 'participants',
        title: 'Who takes part',
        question: 'Who negotiates, and for whom?',
        colour: 'purple',
        role: 'participants',
        formats: [],
        sentences: [],
      },
    ],
    participants: [
      participant('rustem-umerov', 'Rustem Umerov', 'person', ['Secretary of Ukraine’s National Security and Defense Council'], 'Ukraine', [
        'kyiv-talks#s-1',
        'wire-anchorage#s-2',
      ]),
      participant('nato', 'NATO', 'organization', [], null, ['kyiv-talks#s-2']),
      participant('ukraine', 'Ukraine', 'country', [], null, ['wire-preview#s-1']),
    ],
    quotes: [
      {
        id: 'wire-anchorage#q-1',
        sentence: 'wire-anchorage#s-2',
        sentences: ['wire-anchorage#s-2'],
        text: 'We will keep talking,',
        speaker: 'rustem-umerov',
        attribution: 'said-after',
      },
    ],
    events: [
      {
        id: 'wire-preview#e-1',
        date: '2022-02',
        precision: 'month',
        sentence: 'wire-preview#s-1',
        text: 'Russia invaded in February 2022.',
        evidence: 'in February 2022',
      },
      {
        id: 'kyiv-talks#e-1',
        date: '2025-11-27',
        precision: 'day',
        sentence: 'kyiv-talks#s-1',
        text: 'Rustem Umerov said on Thursday that talks in Geneva were constructive.',
        evidence: 'on Thursday',
      },
    ],
    happenings: [
      { id: 'h-0000000000a1', date: '2022-02', precision: 'month', line: 'Russia invaded', scheduled: false, events: ['wire-preview#e-1'] },
      {
        id: 'h-0000000000a2',
        date: '2025-11-27',
        precision: 'day',
        line: 'Rustem Umerov said that talks in Geneva were constructive',
        scheduled: false,
        events: ['kyiv-talks#e-1'],
      },
    ],
    statements: [
      { participant: 'rustem-umerov', sentence: 'kyiv-talks#s-1', kind: 'reported', rule: 'stance-subject' },
      { participant: 'rustem-umerov', sentence: 'wire-anchorage#s-2', kind: 'quote', rule: 'stance-subject' },
    ],
    figures: [],
    claims: [
      {
        id: 'c-000000000001',
        kind: 'fact',
        summary: 'No ceasefire was agreed in Anchorage, Reuters reported.',
        sentences: ['wire-anchorage#s-1', 'wire-preview#s-1', 'kyiv-talks#s-1', 'kyiv-talks#s-2'],
        outlets: ['Gulf Herald', 'The Daily Star', 'The Kyiv Independent'],
        independentSources: 2,
        status: 'corroborated',
        topics: ['ceasefire-vs-peace-deal'],
        firstReported: '2025-08-14',
      },
    ],
    ...overrides,
  };
}

/** Briefing settings for the tests. */
export const SAMPLE_SETTINGS = {
  title: 'Ukraine peace talks',
  description: 'Who said what in the talks, every statement linked to its source.',
};
