import { describe, expect, it } from 'vitest';
import { headOf, readFigures } from '../../../src/core/claims/read-figures.ts';
import type { Figure } from '../../../src/core/model.ts';

const figure = (value: string, about: string, kind = 'count'): Figure => ({ id: 'a#f-1', sentence: 'a#s-1', value, about, kind });

describe('headOf', () => {
  it.each([
    ['points in the peace plan', 'point'],
    ['proposals', 'point'],
    ['provisions of the draft', 'point'],
    ['nations', 'country'],
    ['prisoners of war', 'prisoner'],
    ['the death toll', 'death'],
    ['largest oil companies', 'company'],
  ])('%s → %s', (about, head) => {
    expect(headOf(about)).toBe(head);
  });
});

describe('readFigures', () => {
  it.each<[string, string, Figure, { value: string; head: string; age: number } | null]>([
    ['a plain value', 'The plan has 28 points.', figure('28 points', 'points', 'points'), { value: '28 points', head: 'point', age: 0 }],
    [
      'a new value',
      'The plan was cut to 22 points.',
      figure('22 points', 'points', 'points'),
      { value: '22 points', head: 'point', age: 1 },
    ],
    [
      'an old value',
      'The plan went from 28 points to 22.',
      figure('28 points', 'points', 'points'),
      { value: '28 points', head: 'point', age: -1 },
    ],
    [
      'an original value',
      'The original 28-point plan was dropped.',
      figure('28-point', 'points in the plan', 'points'),
      { value: '28-point', head: 'point', age: -1 },
    ],
    ['too small to tell facts apart', 'Two envoys flew in.', figure('Two', 'envoys'), null],
    ['too vague', 'Thousands fled.', figure('Thousands', 'people', 'people'), null],
    ['a clock time', 'Talks began at 11.30.', figure('11.30', 'talks', 'time'), null],
    [
      'a share, however small',
      'Russia holds a fifth of Ukraine.',
      figure('a fifth', 'Ukraine', 'share'),
      { value: 'a fifth', head: 'ukrain', age: 0 },
    ],
  ])('%s', (_, text, given, expected) => {
    const read = readFigures([given], () => text).get('a#s-1') ?? [];
    expect(read.map(({ value, head, age }) => ({ value, head, age }))[0] ?? null).toEqual(expected);
  });
});
