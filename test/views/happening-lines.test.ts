import { describe, expect, it } from 'vitest';
import { CLAUSE_RULES, clauseProblem } from '../../src/site/views/happening-lines/rules.ts';

describe('clause rules', () => {
  it('are named, in order', () => {
    expect(CLAUSE_RULES.map((rule) => rule.name)).toEqual([
      'opens-with-pointer',
      'opens-with-relative',
      'opens-with-participle',
      'opens-with-verb',
      'opens-with-back-reference',
      'points-with-this',
      'ends-mid-thought',
      'ends-on-saying',
    ]);
  });

  it.each([
    ['Trump left Washington for Anchorage', null],
    ['The Trump-Putin summit', null],
    ['A US envoy estimated combined casualties at 1.2 million', null],
    ['Zelensky is due to meet Trump in Washington to discuss the revised peace plan', null],
    ['Beijing hosts the talks', null],
    ['Who hosted the meeting', 'opens-with-pointer'],
    ["We'll know tomorrow at some point", 'opens-with-pointer'],
    ['His efforts have failed to achieve a breakthrough', 'opens-with-pointer'],
    ['In what will be the first talks since the war began', 'opens-with-relative'],
    ['Speaking after the meeting', 'opens-with-participle'],
    ['Aims to address the war, now in its fourth year', 'opens-with-verb'],
    ['But the talks went on', 'opens-with-back-reference'],
    ['The chancellor also confirmed this today', 'points-with-this'],
    ['Rubio said Trump now wants to meet him face-to-face to', 'ends-mid-thought'],
    ['The secretary of state told European allies, Politico reported', 'ends-on-saying'],
    ['Two officials familiar with the talks said', 'ends-on-saying'],
  ])('%s → %s', (clause, problem) => {
    expect(clauseProblem(clause)).toBe(problem);
  });
});
