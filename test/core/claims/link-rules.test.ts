import { describe, expect, it } from 'vitest';
import { defaultMatchOptions } from '../../../src/core/claims/cluster-claims.ts';
import { linkRules } from '../../../src/core/claims/rules.ts';
import { linkSentences } from '../../../src/core/claims/link-sentences.ts';
import { readClaimSentences } from '../../../src/core/claims/read-claim-sentences.ts';
import { extractEvents } from '../../../src/core/dates/extract-events.ts';
import { extractFigures } from '../../../src/core/figures/extract-figures.ts';
import type { Statement } from '../../../src/core/model.ts';
import { readArticles } from '../../../src/core/reading/read-articles.ts';
import type { ParsedArticle } from '../../../src/core/stages.ts';
import { articleFrom } from '../dates/article-from.ts';

/** Background sentences, so that document frequencies look like a real corpus. */
const filler = [
  'The Kremlin declined to comment on the report.',
  'European leaders met in Brussels to discuss defence spending.',
  'Air raid alerts sounded across eastern regions overnight.',
  'Energy prices rose sharply across the continent this winter.',
  'Officials gave no further details about the schedule.',
];

/** What a row says beside its two sentences: publication days, holders and people of each. */
interface Context {
  published?: [string, string];
  holders?: [string[], string[]];
  people?: [string[], string[]];
}

/** `first` as `first#s-1` and `second` as `second#s-2` in two outlets' articles, with filler around them. */
function pair(first: string, second: string, published: [string, string]): ParsedArticle[] {
  return [
    articleFrom({ slug: 'first', outlet: 'Outlet A', published: published[0] }, [first, filler[0]!, filler[1]!]),
    articleFrom({ slug: 'second', outlet: 'Outlet B', published: published[1] }, [filler[2]!, second, filler[3]!]),
    articleFrom({ slug: 'third', outlet: 'Outlet C', published: '2025-11-19' }, [filler[4]!, filler[0]!]),
  ];
}

/** The two sentences read for the claims stage, and their row indices. */
function readPair(first: string, second: string, context: Context) {
  const articles = pair(first, second, context.published ?? ['2025-11-20', '2025-11-21']);
  const readings = readArticles(articles);
  const ids = ['first#s-1', 'second#s-2'];
  const statements: Statement[] = ids.flatMap((sentence, i) =>
    (context.holders?.[i] ?? []).map((participant) => ({ participant, sentence, kind: 'reported' as const, rule: 'test' })),
  );
  const people = new Map(ids.map((id, i) => [id, context.people?.[i] ?? []]));
  const sentences = readClaimSentences({
    readings,
    figures: extractFigures(readings),
    events: extractEvents(readings),
    statements,
    people,
  });
  const [a, b] = ids.map((id) => sentences.rows.findIndex((row) => row.id === id));
  return { sentences, a: a!, b: b! };
}

/** The name of the rule that links the two sentences, or null when none does. */
function ruleLinking(first: string, second: string, context: Context = {}): string | null {
  const { sentences, a, b } = readPair(first, second, context);
  let found: string | null = null;
  linkSentences(sentences, defaultMatchOptions(sentences.rows.length), (evidence, rule) => {
    if (evidence.a === Math.min(a, b) && evidence.b === Math.max(a, b)) found = rule?.name ?? null;
  });
  return found;
}

describe('linkRules', () => {
  it('are named, ordered, and say what fact they link by', () => {
    expect(linkRules.map((rule) => [rule.name, rule.kind, rule.fact])).toEqual([
      ['identical-text', 'same', 'copy'],
      ['same-figure', 'same', 'figure'],
      ['changed-figure', 'changed', 'figure'],
      ['changed-stance', 'changed', 'stance'],
      ['same-event', 'same', 'predicate'],
      ['same-participants', 'same', 'predicate'],
      ['same-statement', 'same', 'predicate'],
      ['same-day-statement', 'same', 'statement'],
      ['same-wording', 'same', 'predicate'],
    ]);
  });
});

describe.each<[string, Array<[string, string, Context?]>]>([
  [
    'identical-text',
    [
      [
        'Negotiators will resume the prisoner exchange talks in Istanbul next week.',
        'Negotiators will resume the prisoner exchange talks in Istanbul next week.',
      ],
      ['The envoy is expected in the capital.', 'The envoy is expected in the capital.'],
    ],
  ],
  [
    'same-figure',
    [
      ['Kyiv is studying the 28-point plan Washington sent last week.', 'Kyiv has until Thursday to answer the 28-point plan.'],
      [
        'The coalition of 26 countries pledged air and sea support.',
        'Some 26 nations have now joined the coalition.',
        { published: ['2025-09-04', '2025-09-09'] },
      ],
      // An army's strength is counted in soldiers under many names, and stands for weeks.
      [
        'Ukraine would keep an 800,000-strong peacetime army under the draft.',
        'The plans are based on a volunteer army of around 800,000 troops.',
        { published: ['2025-12-24', '2026-01-06'] },
      ],
    ],
  ],
  [
    'changed-figure',
    [
      [
        'The draft peace plan has 28 points.',
        'The draft peace plan has been cut to 22 points.',
        { published: ['2025-11-20', '2025-11-26'] },
      ],
      [
        'Officials said the plan had 28 points.',
        'Negotiators narrowed the plan to 19 proposals.',
        { published: ['2025-11-21', '2025-11-24'] },
      ],
    ],
  ],
  [
    'changed-stance',
    [
      ['Moscow has received the American peace plan, Lavrov said.', 'Moscow has not received the American peace plan, the Kremlin said.'],
      [
        'Trump and Putin agreed to hold a summit in Budapest.',
        'The Budapest summit between Trump and Putin has been shelved.',
        {
          published: ['2025-10-17', '2025-10-22'],
          people: [
            ['donald-trump', 'vladimir-putin'],
            ['donald-trump', 'vladimir-putin'],
          ],
        },
      ],
    ],
  ],
  [
    'same-event',
    [
      [
        'Witkoff met Putin in the Kremlin on Tuesday.',
        'Putin received Witkoff for five hours of talks in the Kremlin on Tuesday.',
        { published: ['2025-12-03', '2025-12-04'] },
      ],
      [
        'Zelensky and European leaders met Trump at the White House on Monday.',
        'On Monday the president met EU leaders, Zelensky among them.',
        { published: ['2025-08-19', '2025-08-21'] },
      ],
    ],
  ],
  [
    'same-participants',
    [
      ['Trump had met Putin in Alaska days earlier.', 'The Trump-Putin meeting in Alaska changed little, diplomats said.'],
      ['Umerov and Driscoll held talks in Abu Dhabi.', 'Driscoll sat down with Umerov in Abu Dhabi as the plan was revised.'],
    ],
  ],
  [
    'same-statement',
    [
      [
        'Lavrov rejected any European peacekeeping force in Ukraine.',
        'A European peacekeeping force is out of the question, Lavrov said, rejecting the idea.',
        { holders: [['sergei-lavrov'], ['sergei-lavrov']] },
      ],
    ],
  ],
  [
    'same-day-statement',
    [
      [
        'Erdogan told Aliyev on Tuesday that Turkey would help guarantee the corridor through Armenia.',
        'Erdogan on Tuesday declined to say whether Turkish soldiers would guarantee the corridor, only that Armenia must agree.',
        { published: ['2025-11-19', '2025-11-19'], holders: [['recep-erdogan'], ['recep-erdogan', 'armenia']] },
      ],
    ],
  ],
  [
    'same-wording',
    [
      [
        'The European Union agreed a new package of sanctions on Russian oil.',
        'EU governments approved a new package of sanctions on Russian oil exports, diplomats said.',
      ],
      [
        'Erdogan offered to host a new round of peace talks in Istanbul.',
        'Turkish President Tayyip Erdogan said Istanbul was ready to host another round of peace talks.',
      ],
      [
        'Ukrainian drones struck an oil refinery near Saratov overnight.',
        'A refinery in the Saratov region was struck by Ukrainian drones during the night.',
      ],
    ],
  ],
])('%s links', (name, rows) => {
  it.each(rows)('%s / %s', (first, second, context) => {
    expect(ruleLinking(first, second, context)).toBe(name);
  });
});

describe('linkSentences without an inspector', () => {
  it('weighs a pair with no predicate in common when it reports one holder (the same-day statement)', () => {
    const { sentences, a, b } = readPair(
      'Erdogan told Aliyev on Tuesday that Turkey would help guarantee the corridor through Armenia.',
      'Erdogan on Tuesday declined to say whether Turkish soldiers would guarantee the corridor, only that Armenia must agree.',
      { published: ['2025-11-19', '2025-11-19'], holders: [['recep-erdogan'], ['recep-erdogan', 'armenia']] },
    );
    const links = linkSentences(sentences, defaultMatchOptions(sentences.rows.length));
    expect(links.filter((link) => link.a === Math.min(a, b) && link.b === Math.max(a, b)).map((link) => link.facts)).toEqual([
      ['@recep-erdogan'],
    ]);
  });
});

describe('no rule links', () => {
  it.each<[string, string, string, Context?]>([
    ['shared names alone', 'Lavrov met Rubio in Riyadh.', 'Lavrov criticised Rubio over remarks made in Riyadh.'],
    [
      'one holder saying two things',
      'Lavrov said Russia would never accept European troops in Ukraine.',
      'Lavrov said Russia would accept a ceasefire in the Black Sea.',
    ],
    [
      'one person in two stories',
      'Yermak resigned after anti-corruption investigators searched his home.',
      'Yermak led the Ukrainian delegation in Geneva.',
    ],
    [
      'one plan in two stories',
      'Vance called the plan a fair deal for both sides.',
      'Driscoll briefed NATO ambassadors in Brussels on the plan.',
    ],
    ['the same toll in two places', 'A drone strike killed three people in Odesa.', 'A missile strike killed three people in Dnipro.'],
    [
      'the same words two weeks apart',
      'Putin received Witkoff in the Kremlin on Tuesday for talks.',
      'Putin received Witkoff in the Kremlin on Tuesday for talks.',
      { published: ['2025-12-03', '2025-12-17'] },
    ],
    [
      'the same undated pledge a month apart',
      'European leaders pledged troops for Ukraine.',
      'European leaders pledged troops for Ukraine after a ceasefire.',
      { published: ['2025-08-01', '2025-09-01'] },
    ],
    [
      'one host meeting two guests',
      'Trump will meet Zelensky at the White House on Friday.',
      'Trump will meet Putin at the White House on Friday.',
      {
        people: [
          ['donald-trump', 'volodymyr-zelensky'],
          ['donald-trump', 'vladimir-putin'],
        ],
      },
    ],
    [
      'a meeting called off with someone else',
      'Trump will meet Zelensky at the White House on Friday.',
      'Trump called off his White House meeting with Putin.',
      {
        published: ['2025-10-16', '2025-10-22'],
        people: [
          ['donald-trump', 'volodymyr-zelensky'],
          ['donald-trump', 'vladimir-putin'],
        ],
      },
    ],
    ['figures of two things', 'The plan has 28 points.', 'The coalition has 26 countries.'],
    [
      'one holder saying the same of two pairs of leaders',
      'Hollis said Trump has spoken to Putin by phone several times this year.',
      'Hollis said Macron has spoken to Erdogan by phone several times this year.',
      {
        holders: [['hollis'], ['hollis']],
        people: [
          ['donald-trump', 'vladimir-putin'],
          ['emmanuel-macron', 'recep-erdogan'],
        ],
      },
    ],
    [
      'two speakers on the same day of talks',
      'Rubio said on Thursday that guarantees must be part of the peace talks.',
      'Ukraine was ready to discuss a peace deal at the talks, its adviser Kovalenko said on Thursday.',
      { published: ['2025-11-21', '2025-11-21'], holders: [['marco-rubio'], ['oleh-kovalenko']] },
    ],
    [
      'two speakers each telling what a third said that day',
      'Aliyev said on Tuesday that Erdogan offered to guard the corridor through Armenia.',
      'Pashinyan said on Tuesday that Erdogan refused to discuss the corridor through Armenia.',
      {
        published: ['2025-11-19', '2025-11-19'],
        holders: [
          ['ilham-aliyev', 'recep-erdogan'],
          ['nikol-pashinyan', 'recep-erdogan'],
        ],
      },
    ],
    [
      'one holder on two days',
      'Erdogan told Aliyev on Tuesday that Turkey would help guarantee the corridor through Armenia.',
      'Erdogan on Friday declined to say whether Turkish soldiers would guarantee the corridor, only that Armenia must agree.',
      { published: ['2025-11-19', '2025-11-22'], holders: [['recep-erdogan'], ['recep-erdogan']] },
    ],
    [
      'one report’s speaker the other’s subject',
      'Belov said Italy was ready to host talks on the front line in Istanbul.',
      'Aydin met Belov for talks in Istanbul on the front line.',
      { holders: [['belov'], []], people: [[], ['aydin', 'belov']] },
    ],
    [
      'the same length of talks between different envoys',
      'Moroz and Orlov held 3 hours of talks on prisoner exchanges in Jeddah.',
      'Moroz and Kravets held 3 hours of talks on the energy truce in Rome.',
      {
        people: [
          ['moroz', 'orlov'],
          ['moroz', 'kravets'],
        ],
      },
    ],
    [
      'two hours of talks between two pairs of envoys',
      'Petrenko and Walsh held 7 hours of talks in Riyadh.',
      'Sokolova and Brandt held 9 hours of talks in Doha.',
      {
        people: [
          ['petrenko', 'walsh'],
          ['sokolova', 'brandt'],
        ],
      },
    ],
  ])('%s', (_, first, second, context) => {
    expect(ruleLinking(first, second, context)).toBeNull();
  });
});
