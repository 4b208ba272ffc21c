import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/model.ts';
import { wireGroups } from '../../src/site/views/wire-groups.ts';
import { articleOf } from '../helpers/model-parts.ts';

/** An article by `outlet`, carrying `wire`'s copy when given. */
function by(outlet: string, wire: string | null = null, id = `${outlet}-${wire ?? 'own'}`): Article {
  return { ...articleOf(id, '2025-08-14', outlet), wire, sourceKey: wire ?? outlet };
}

describe('wireGroups', () => {
  it.each([
    ['no articles', [], { groups: [], sources: 0, outlets: 0 }],
    ['own reporting only', [by('NZ Herald'), by('Anadolu Agency')], { groups: [], sources: 2, outlets: 2 }],
    ['one outlet running a wire is no group', [by('The Sun', 'Reuters'), by('NZ Herald')], { groups: [], sources: 2, outlets: 2 }],
    [
      'two outlets running one wire, beside their own reporting',
      [by('The Sun', 'Reuters'), by('The West Australian', 'Reuters'), by('The West Australian'), by('The Kyiv Independent')],
      {
        groups: [
          {
            wire: 'Reuters',
            outlets: [
              { outlet: 'The Sun', articles: 1 },
              { outlet: 'The West Australian', articles: 1 },
            ],
            articles: 2,
          },
        ],
        sources: 3,
        outlets: 3,
      },
    ],
    [
      'outlets with more articles of the wire first; wires with more outlets first',
      [by('B', 'AP', 'b1'), by('C', 'AP', 'c1'), by('C', 'AP', 'c2'), by('A', 'AFP'), by('B', 'AFP'), by('D', 'AP')],
      {
        groups: [
          {
            wire: 'AP',
            outlets: [
              { outlet: 'C', articles: 2 },
              { outlet: 'B', articles: 1 },
              { outlet: 'D', articles: 1 },
            ],
            articles: 4,
          },
          {
            wire: 'AFP',
            outlets: [
              { outlet: 'A', articles: 1 },
              { outlet: 'B', articles: 1 },
            ],
            articles: 2,
          },
        ],
        sources: 2,
        outlets: 4,
      },
    ],
  ])('%s', (_, articles, expected) => {
    expect(wireGroups(articles)).toEqual(expected);
  });
});
