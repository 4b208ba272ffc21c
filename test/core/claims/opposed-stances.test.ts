import { describe, expect, it } from 'vitest';
import { opposedStances } from '../../../src/core/claims/opposed-stances.ts';
import { predicatesOf } from '../../../src/core/claims/read-corpus.ts';
import { tokenize } from '../../../src/core/reading/tokenize.ts';

const read = (text: string) => predicatesOf(tokenize(text).filter((token) => token.word));

describe('opposedStances', () => {
  it.each<[string, string, Array<[string, string, string]>]>([
    ['Moscow has received the plan.', 'Moscow has not received the plan.', [['receive', 'received', 'not received']]],
    ['Putin rules out a meeting.', 'Putin does not rule out a meeting.', [['reject', 'rules out', 'not rule out']]],
    ['Trump and Putin agreed to a summit in Budapest.', 'The Budapest summit was shelved.', [['meet', 'agreed', 'shelved']]],
    ['The summit was postponed.', 'Leaders will meet at the summit.', [['meet', 'postponed', 'meet']]],
    ['Moscow has received the plan.', 'Moscow received the plan.', []],
    ['Talks were cancelled.', 'The meeting was called off.', []],
    ['', 'Moscow did not receive the plan.', []],
  ])('%s / %s', (first, second, expected) => {
    const [x, y] = [read(first), read(second)];
    const found = opposedStances(x.predicates, y.predicates, x.surfaces, y.surfaces);
    expect(found.map((stance) => [stance.group, stance.first, stance.second])).toEqual(expected);
  });
});
