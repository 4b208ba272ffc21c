import { describe, expect, it } from 'vitest';
import { decideStatus, type ClaimMember } from '../../../src/core/claims/decide-status.ts';
import type { FigureReading } from '../../../src/core/claims/read-figures.ts';

/** A member `s<n>` from `source`, published on `published`. */
const member = (n: number, source: string, published: string, text = `report ${n}`): ClaimMember => ({
  sentence: `s${n}`,
  text,
  source,
  outlet: source,
  published,
});
const points = (value: string, low: number, age: -1 | 0 | 1 = 0): FigureReading => ({ value, head: 'point', range: [low, low], age });

describe('decideStatus', () => {
  it.each<
    [
      string,
      ClaimMember[],
      Array<[string, FigureReading[]]>,
      Array<[string, string[]]>,
      Array<[string, string]>,
      { status: string; values?: string[] },
    ]
  >([
    ['one source', [member(1, 'A', '2025-11-20')], [], [], [], { status: 'single-source' }],
    [
      'one sentence that gives a value as changed ("included 28 points but was reduced to 22")',
      [member(1, 'A', '2025-11-27')],
      [['s1', [points('28 points', 28), points('22 points', 22, 1)]]],
      [],
      [],
      { status: 'updated', values: ['28 points (A)', '22 points (A)'] },
    ],
    [
      'one sentence with two values and no change told ("28 points and 3 annexes of 22 points")',
      [member(1, 'A', '2025-11-27')],
      [['s1', [points('28 points', 28), points('22 points', 22)]]],
      [],
      [],
      { status: 'single-source' },
    ],
    [
      'wire copy in two outlets is one source',
      [member(1, 'Reuters', '2025-11-20'), member(2, 'Reuters', '2025-11-20')],
      [],
      [],
      [],
      { status: 'single-source' },
    ],
    [
      'two sources that agree',
      [member(1, 'A', '2025-11-20'), member(2, 'B', '2025-11-21')],
      [
        ['s1', [points('28-point', 28)]],
        ['s2', [points('28 points', 28)]],
      ],
      [],
      [],
      { status: 'corroborated' },
    ],
    [
      'a plan of 28 points, then 22, then 19: updated, values in date order',
      [member(3, 'C', '2025-11-28'), member(1, 'A', '2025-11-21'), member(2, 'B', '2025-11-25')].sort((x, y) =>
        x.published < y.published ? -1 : 1,
      ),
      [
        ['s1', [points('28-point', 28)]],
        ['s2', [points('22 points', 22)]],
        ['s3', [points('19 points', 19)]],
      ],
      [],
      [],
      { status: 'updated', values: ['28-point (A)', '22 points (B)', '19 points (C)'] },
    ],
    [
      'a change stated the same day is still an update ("from 28 to 22")',
      [member(1, 'A', '2025-11-25'), member(2, 'B', '2025-11-25')],
      [
        ['s1', [points('28-point', 28)]],
        ['s2', [points('28', 28, -1), points('22 points', 22, 1)]],
      ],
      [],
      [],
      { status: 'updated', values: ['28 (B)', '22 points (B)'] },
    ],
    [
      'two sources, two values, the same day: disputed side by side',
      [member(1, 'A', '2025-11-25'), member(2, 'B', '2025-11-25')],
      [
        ['s1', [points('28 points', 28)]],
        ['s2', [points('26 points', 26)]],
      ],
      [],
      [],
      { status: 'disputed', values: ['28 points (A)', '26 points (B)'] },
    ],
    [
      'a happening dated a day apart by two sources',
      [member(1, 'A', '2025-12-03'), member(2, 'B', '2025-12-05')],
      [],
      [
        ['s1', ['2025-12-02']],
        ['s2', ['2025-12-03']],
      ],
      [],
      { status: 'disputed', values: ['2025-12-02 (A)', '2025-12-03 (B)'] },
    ],
    [
      'each date once, with the first source to give it',
      [member(1, 'A', '2025-08-28'), member(2, 'B', '2025-08-28'), member(3, 'C', '2025-08-29')],
      [],
      [
        ['s1', ['2025-08-27']],
        ['s2', ['2025-08-27']],
        ['s3', ['2025-08-28']],
      ],
      [],
      { status: 'disputed', values: ['2025-08-27 (A)', '2025-08-28 (C)'] },
    ],
    [
      'copies of one text dated a day apart agree (each read its weekday from its own day)',
      [member(1, 'A', '2025-12-03', 'Talks ended on Tuesday.'), member(2, 'B', '2025-12-04', 'Talks ended on Tuesday.')],
      [],
      [
        ['s1', ['2025-12-02']],
        ['s2', ['2025-12-03']],
      ],
      [],
      { status: 'corroborated' },
    ],
    [
      'opposite stances a day apart: disputed',
      [member(1, 'A', '2025-11-25'), member(2, 'B', '2025-11-26')],
      [],
      [],
      [
        ['s1', 'received'],
        ['s2', 'not received'],
      ],
      { status: 'disputed', values: ['received (A)', 'not received (B)'] },
    ],
    [
      'opposite stances a week apart: updated',
      [member(1, 'A', '2025-10-17'), member(2, 'B', '2025-10-23')],
      [],
      [],
      [
        ['s1', 'agreed'],
        ['s2', 'shelved'],
      ],
      { status: 'updated', values: ['agreed (A)', 'shelved (B)'] },
    ],
  ])('%s', (_, members, figures, days, stances, expected) => {
    expect(decideStatus(members, new Map(figures), new Map(days), new Map(stances))).toEqual(expected);
  });

  it.each<[string, ClaimMember[]]>([
    ['no members', []],
    ['members without figures, days or stances', [member(1, 'A', '2025-11-20'), member(2, 'B', '2025-11-20')]],
  ])('copes with %s', (_, members) => {
    expect(['single-source', 'corroborated']).toContain(decideStatus(members, new Map(), new Map()).status);
  });
});
