import { describe, expect, it } from 'vitest';
import { capList, countOf } from '../../src/site/views/capped.ts';

describe('capList', () => {
  it.each([
    [[], 3, [], 0],
    [[1, 2], 3, [1, 2], 0],
    [[1, 2, 3], 3, [1, 2, 3], 0],
    [[1, 2, 3, 4, 5], 3, [1, 2, 3], 2],
    [[1, 2], 0, [], 2],
  ])('caps %j at %i: shows %j, %i more', (items, max, shown, more) => {
    expect(capList(items, max)).toEqual({ shown, more });
  });

  it('says how many of thousands are left out', () => {
    const items = Array.from({ length: 5000 }, (_, i) => i);
    const { shown, more } = capList(items, 4);
    expect(shown).toEqual([0, 1, 2, 3]);
    expect(more).toBe(4996);
  });
});

describe('countOf', () => {
  it.each([
    [1, 'source', undefined, '1 source'],
    [37, 'source', undefined, '37 sources'],
    [0, 'more claim', undefined, '0 more claims'],
    [2, 'person', 'people', '2 people'],
  ])('%i %s', (count, singular, plural, expected) => {
    expect(countOf(count, singular, plural)).toBe(expected);
  });
});
