/**
 * One happening, all its sources: the same happening told by several articles is one entry, two
 * different things on one day stay two.
 */
import { describe, expect, it } from 'vitest';
import { timelineOf } from './dates-of.ts';
import { growthOf } from '../../helpers/count-work.ts';

// 2025-08-16 is a Saturday, 2025-08-18 a Monday.
describe('groupHappenings', () => {
  it('groups one meeting told by two outlets, keeps a strike of the same day apart, and marks plans', () => {
    const { events, happenings } = timelineOf([
      [{ slug: 'one', published: '2025-08-16' }, ['Background.', 'The two leaders met in Anchorage on Friday, aides said.']],
      [
        { slug: 'two', published: '2025-08-16' },
        [
          'Background.',
          'The Anchorage summit between the leaders took place on Friday.',
          'A missile strike killed two people in Sumy on Friday.',
        ],
      ],
      [{ slug: 'three', published: '2025-08-18' }, ['Background.', 'Ministers will meet in Brussels on Thursday.']],
    ]);
    expect(events.map((e) => e.id)).toEqual(['one#e-1', 'two#e-1', 'two#e-2', 'three#e-1']);
    expect(happenings).toEqual([
      {
        id: expect.stringMatching(/^h-[0-9a-f]{12}$/),
        date: '2025-08-15',
        precision: 'day',
        line: 'The two leaders met in Anchorage',
        scheduled: false,
        events: ['one#e-1', 'two#e-1'],
      },
      {
        id: expect.stringMatching(/^h-[0-9a-f]{12}$/),
        date: '2025-08-15',
        precision: 'day',
        line: 'A missile strike killed two people in Sumy',
        scheduled: false,
        events: ['two#e-2'],
      },
      {
        id: expect.stringMatching(/^h-[0-9a-f]{12}$/),
        date: '2025-08-21',
        precision: 'day',
        line: 'Ministers will meet in Brussels',
        scheduled: true,
        events: ['three#e-1'],
      },
    ]);
  });

  it.each([
    [
      'two statements by different people on one day',
      ['The premier said on Friday that talks would go on.'],
      ['The foreign minister Ivanov said on Friday that talks were over.'],
      2,
    ],
    [
      'one statement by one person told twice',
      ['Premier Kallas said on Friday that talks would go on.'],
      ['Talks will go on, Kallas said on Friday.'],
      1,
    ],
    [
      'one person at two meetings of one month',
      ['Kallas met the union leaders in Paris last month.'],
      ['Kallas met the farmers in Lyon last month.'],
      2,
    ],
    ['one meeting of two people in one month', ['Kallas met Ivanov in Paris last month.'], ['Kallas and Ivanov held talks last month.'], 1],
    [
      "the day's one meeting, and a report that points back to it",
      ['Kallas met Ivanov in Riga on Friday.'],
      ["Speaking after Friday's meeting, officials were upbeat."],
      1,
    ],
    [
      'the day has two meetings: a report that names neither stays apart',
      ['Kallas met Ivanov in Riga on Friday.', 'Berzins met the farmers in Tartu on Friday.'],
      ['After the meeting on Friday, officials were upbeat.'],
      3,
    ],
    [
      'talks as a topic, not a happening pointed back to',
      ['Kallas met Ivanov in Riga on Friday.'],
      ['Officials said on Friday that talks would go on.'],
      2,
    ],
  ])('%s', (_, first, second, count) => {
    const { happenings } = timelineOf([
      [{ slug: 'a', published: '2025-08-16' }, ['Background.', ...first]],
      [{ slug: 'b', published: '2025-08-16' }, ['Background.', ...second]],
    ]);
    expect(happenings.length).toBe(count);
  });

  it.each([
    ['the start of a span the sentence measures', 'The ferry strike, now in its third year, has cost the islands dearly.', '2023'],
    ['a span of years counted back', 'Farmers fear the levy would reward the mill for nearly six years of lobbying.', '2019'],
    ['a term in office counted back', 'His reforms have stalled in his first 8 months in office.', '2024-12'],
    ['a year named by "since" alone', 'The envoys met in Tallinn, their first meeting since 2021.', '2021'],
  ])('makes an event but no happening of a date that only counts back: %s', (_, sentence, date) => {
    const { events, happenings } = timelineOf([[{ slug: 'a', published: '2025-08-16' }, ['Background.', sentence]]]);
    expect(events.map((e) => e.date)).toContain(date);
    expect(happenings.map((h) => h.date)).not.toContain(date);
  });

  it('is deterministic: the same articles in any order give the same happenings, each event in one at most', () => {
    const articles: Parameters<typeof timelineOf>[0] = [
      [
        { slug: 'x', published: '2025-08-16' },
        ['Background.', 'Envoys met in Geneva on Friday.', 'Envoys met again in Geneva on Saturday.'],
      ],
      [{ slug: 'y', published: '2025-08-17' }, ['Background.', 'The Geneva talks of the envoys on Friday were long.']],
    ];
    const once = timelineOf(articles);
    expect(timelineOf([...articles].reverse())).toEqual(once);
    expect(once.happenings.flatMap((h) => h.events).sort()).toEqual(once.events.map((e) => e.id).sort());
  });

  it('nasty: a thousand reports of one day stay linear and form one happening per kind and name', async () => {
    const make = (length: number): Parameters<typeof timelineOf>[0] => [
      [
        { slug: 'n', published: '2025-08-16' },
        ['Background.', ...Array.from({ length }, (_, i) => `Delegation ${i} met Ivanov in Riga on Friday.`)],
      ],
    ];
    expect(timelineOf(make(1000)).happenings.length).toBe(1);
    expect(await growthOf(make, timelineOf, 500)).toBeLessThanOrEqual(2.2);
  });
});
