/** Topic colours: a topic keeps the colour it names; the others take, in topic order, the first one free. */
import { describe, expect, it } from 'vitest';
import type { TopicColour } from '../../../src/core/model.ts';
import { chooseColours, TOPIC_COLOURS } from '../../../src/core/topics/choose-colours.ts';

const topics = (...colours: (TopicColour | undefined)[]) =>
  colours.map((colour, index) => ({ id: `t${index}`, ...(colour ? { colour } : {}) }));

describe('chooseColours', () => {
  it.each<[string, (TopicColour | undefined)[], TopicColour[]]>([
    ['none named: the palette in order', [undefined, undefined, undefined], ['blue', 'rust', 'green']],
    ['all named: as named, twice if need be', ['teal', 'teal', 'gold'], ['teal', 'teal', 'gold']],
    ['some named: the others skip the named ones', [undefined, 'blue', undefined, 'rust'], ['green', 'blue', 'purple', 'rust']],
    ['a named colour later in the list is still kept free', [undefined, undefined, 'rust'], ['blue', 'green', 'rust']],
    ['none', [], []],
  ])('%s', (_, named, expected) => {
    const chosen = chooseColours(topics(...named));
    expect(named.map((_, index) => chosen.get(`t${index}`))).toEqual(expected);
  });

  it('goes round the palette by position once every colour is taken', () => {
    const many = topics(...TOPIC_COLOURS.map(() => undefined), undefined, undefined);
    expect([...chooseColours(many).values()]).toEqual([...TOPIC_COLOURS, TOPIC_COLOURS[0], TOPIC_COLOURS[1]]);
  });
});
