import { describe, expect, it } from 'vitest';
import {
  chunkNewestFirst,
  listPages,
  newestFirstPages,
  newestFirstPathOf,
  oldestFirstPages,
  pagePath,
  pagesOf,
} from '../../src/site/views/pages.ts';

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

/** `n` items, newest first: `n` is the newest, 1 the oldest. */
const newest = (n: number) => Array.from({ length: n }, (_, i) => n - i);

describe('chunkNewestFirst', () => {
  it.each([
    [0, 3, [], []],
    [2, 3, [2, 1], []],
    [3, 3, [3, 2, 1], []],
    [5, 3, [5, 4, 3, 2, 1], []],
    [6, 3, [6, 5, 4], [[3, 2, 1]]],
    [
      10,
      3,
      [10, 9, 8, 7],
      [
        [3, 2, 1],
        [6, 5, 4],
      ],
    ],
  ])('splits %i items in chunks of %i: first page %j, older chunks from the oldest %j', (n, size, first, older) => {
    expect(chunkNewestFirst(newest(n), size)).toEqual({ first, older });
  });

  it.each([1, 3, 7])('never moves an item between older chunks as newer items come (chunks of %i)', (size) => {
    let before = chunkNewestFirst(newest(0), size);
    for (let n = 1; n <= 40; n++) {
      const after = chunkNewestFirst(newest(n), size);
      expect(after.older.slice(0, before.older.length)).toEqual(before.older);
      expect(after.older.length - before.older.length).toBeLessThanOrEqual(1);
      expect(after.older.every((chunk) => chunk.length === size)).toBe(true);
      expect([...after.first, ...after.older.toReversed().flat()]).toEqual(newest(n));
      before = after;
    }
  });

  it.each([1, 2, 5, 20])('keeps between size and twice the size less one on the first page once there are size items (%i)', (size) => {
    for (let n = 0; n <= 5 * size; n++) {
      const { first } = chunkNewestFirst(newest(n), size);
      if (n < size) expect(first).toHaveLength(n);
      else expect(first.length).toBeGreaterThanOrEqual(size);
      expect(first.length).toBeLessThanOrEqual(2 * size - 1);
    }
  });
});

describe('newestFirstPages', () => {
  it('puts the newest items at the list path and numbers older chunks from the oldest, linking neighbours', () => {
    expect(newestFirstPages(newest(7), 2, 'updates/')).toEqual([
      { params: { page: undefined }, props: { items: [7, 6, 5], path: 'updates/', first: true, previous: null, next: 'updates/2/' } },
      { params: { page: '2' }, props: { items: [4, 3], path: 'updates/2/', first: false, previous: 'updates/', next: 'updates/1/' } },
      { params: { page: '1' }, props: { items: [2, 1], path: 'updates/1/', first: false, previous: 'updates/2/', next: null } },
    ]);
  });

  it('gives an empty or short list one page at the list path, with nowhere to step', () => {
    const one = (items: number[]) => [
      { params: { page: undefined }, props: { items, path: 'updates/', first: true, previous: null, next: null } },
    ];
    expect(newestFirstPages([], 3, 'updates/')).toEqual(one([]));
    expect(newestFirstPages(newest(5), 3, 'updates/')).toEqual(one(newest(5)));
  });

  it('leaves every older page as it was when a newer item comes, but the one next to the first page when a chunk is made', () => {
    const byPath = (n: number) => new Map(newestFirstPages(newest(n), 3, 'u/').map(({ props }) => [props.path, props]));
    for (let n = 1; n <= 30; n++) {
      const [before, after] = [byPath(n), byPath(n + 1)];
      const newestOlder = `u/${before.size - 1}/`;
      const mayChange = after.size > before.size && before.has(newestOlder) ? [newestOlder] : [];
      const changed = [...before].filter(([path, page]) => path !== 'u/' && JSON.stringify(after.get(path)) !== JSON.stringify(page));
      expect(changed.map(([path]) => path)).toEqual(mayChange);
    }
  });
});

describe('oldestFirstPages', () => {
  it('puts the oldest chunk at the list path and numbers the rest on', () => {
    expect(oldestFirstPages([1, 2, 3, 4, 5], 2, 'timeline/oldest/').map(({ params, props }) => [params.page, props])).toEqual([
      [undefined, { items: [1, 2], path: 'timeline/oldest/', first: true, previous: null, next: 'timeline/oldest/2/' }],
      ['2', { items: [3, 4], path: 'timeline/oldest/2/', first: false, previous: 'timeline/oldest/', next: 'timeline/oldest/3/' }],
      ['3', { items: [5], path: 'timeline/oldest/3/', first: false, previous: 'timeline/oldest/2/', next: null }],
    ]);
  });
});

describe('newestFirstPathOf', () => {
  it('finds every item on the page that shows it', () => {
    for (const n of [0, 1, 2, 3, 5, 6, 7, 12, 13]) {
      const pages = newestFirstPages(newest(n), 3, 'u/');
      newest(n).forEach((item, position) => {
        const shown = pages.find(({ props }) => props.items.includes(item))?.props.path;
        expect(newestFirstPathOf(position, n, 3, 'u/')).toBe(shown);
      });
    }
  });
});
