import { describe, expect, it } from 'vitest';
import { gatherAroundCentres, type SentenceLink } from '../../../src/core/claims/gather-around-centres.ts';

/** A link between sentences `a` and `b` by the fact `facts` (a predicate group by default). */
const link = (a: number, b: number, score = 0.5, facts: string[] = ['meet']): SentenceLink => ({ a, b, score, changed: false, facts });

describe('gatherAroundCentres', () => {
  it.each<[string, SentenceLink[], number[], number[][]]>([
    ['one link: the lower index is the centre on a tie', [link(0, 1)], [0, 1], [[0, 1]]],
    ['a star: the sentence linked to most articles is the centre', [link(0, 1), link(1, 2), link(1, 3)], [0, 1, 2, 3], [[1, 0, 2, 3]]],
    // 0-1 and 1-2 link, 0-2 do not: 1 is the centre and takes both; with 1 absent 0 and 2 never chain.
    [
      'no chaining: members link to the centre',
      [link(0, 1, 0.9), link(2, 3, 0.9), link(1, 2, 0.3)],
      [0, 1, 2, 3],
      [[1, 0, 2], [3]].slice(0, 1),
    ],
    ['one member per article: the best-linked one', [link(0, 1, 0.4), link(0, 2, 0.8)], [0, 1, 1], [[0, 2]]],
    ['no member from the centre’s own article', [link(0, 1)], [0, 0], []],
    [
      'one fact per star: the fact shared with the most articles',
      [link(0, 1, 0.9, ['attack']), link(0, 2, 0.3, ['meet']), link(0, 3, 0.3, ['meet'])],
      [0, 1, 2, 3],
      [[0, 2, 3]],
    ],
    ['a copy joins whatever fact the star takes', [link(0, 1, 1, ['*']), link(0, 2, 0.3, ['meet'])], [0, 1, 2], [[0, 1, 2]]],
  ])('%s', (_, links, articleOf, groups) => {
    expect(gatherAroundCentres(links, articleOf)).toEqual(groups);
  });

  it('never puts a sentence in two stars', () => {
    const links = [link(0, 1), link(0, 2), link(3, 1), link(3, 2), link(3, 4)];
    const groups = gatherAroundCentres(links, [0, 1, 2, 3, 4]);
    const members = groups.flat();
    expect(new Set(members).size).toBe(members.length);
  });

  it.each<[string, SentenceLink[], number[]]>([
    ['no links', [], [0, 1]],
    ['no sentences', [], []],
  ])('copes with %s', (_, links, articleOf) => {
    expect(gatherAroundCentres(links, articleOf)).toEqual([]);
  });
});
