import { describe, expect, it } from 'vitest';
import { listPages, pagePath, pagesOf } from '../../src/site/views/pages.ts';

describe('pagination', () => {
  it.each([
    [[], 3, [[]]],
    [[1, 2, 3], 3, [[1, 2, 3]]],
    [[1, 2, 3, 4, 5, 6, 7], 3, [[1, 2, 3], [4, 5, 6], [7]]],
  ])('pagesOf(%j, %i) splits into %j', (items, size, expected) => {
    expect(pagesOf(items, size)).toEqual(expected);
  });

  it('puts page 1 at the list path and numbers the rest', () => {
    expect(listPages(['a', 'b', 'c'], 2)).toEqual([
      { params: { page: undefined }, props: { items: ['a', 'b'], current: 1, last: 2 } },
      { params: { page: '2' }, props: { items: ['c'], current: 2, last: 2 } },
    ]);
    expect([pagePath('updates/', 1), pagePath('updates/', 3)]).toEqual(['updates/', 'updates/3/']);
  });

  it('gives an empty list one empty page, so the page exists', () => {
    expect(listPages([], 10)).toEqual([{ params: { page: undefined }, props: { items: [], current: 1, last: 1 } }]);
  });
});
