/** The event line: the clause that carries a dated mention, trimmed at clause marks. */
import { describe, expect, it } from 'vitest';
import { eventLine, type LineMode } from '../../../src/core/dates/event-line.ts';
import { tokenize } from '../../../src/core/reading/tokenize.ts';
import { growthOf } from '../../helpers/count-work.ts';

/** The line of the mention written `evidence` in `sentence`. */
function lineOf(sentence: string, evidence: string, mode: LineMode = 'drop'): string {
  const start = sentence.indexOf(evidence);
  return eventLine(sentence, tokenize(sentence), start, start + evidence.length, mode).text;
}

describe('eventLine', () => {
  it('returns the line with the token range it came from', () => {
    const sentence = 'Leaders meet in Oslo on Friday, officials said.';
    expect(eventLine(sentence, tokenize(sentence), 21, 30, 'drop')).toEqual({ text: 'Leaders meet in Oslo', from: 0, to: 6 });
  });

  it.each([
    [
      'Trump and Putin meet in Anchorage on Friday, in a summit that could reshape the war.',
      'on Friday',
      'drop',
      'Trump and Putin meet in Anchorage',
    ],
    ['On Wednesday, the minister threatened to resign.', 'On Wednesday', 'drop', 'The minister threatened to resign'],
    ['The envoy said Thursday that a text was close.', 'said Thursday', 'drop', 'The envoy said that a text was close'],
    ['The summit, set for Friday, aims to settle the border.', 'for Friday', 'drop', 'The summit aims to settle the border'],
    [
      'The ministers spoke by phone, the agency reported on Monday.',
      'on Monday',
      'drop',
      'The ministers spoke by phone, the agency reported',
    ],
    [
      'The envoy briefed allies, a newspaper reported on Monday, citing diplomats.',
      'on Monday',
      'drop',
      'The envoy briefed allies, a newspaper reported',
    ],
    ['Talks collapsed last week after a row over maps.', 'last week', 'drop', 'Talks collapsed after a row over maps'],
    ['Moscow rejected the offer, which Kyiv made in May.', 'in May', 'drop', 'Moscow rejected the offer, which Kyiv made'],
    ['He took office after nearly 11 years of exile.', 'nearly 11 years', 'keep', 'He took office after nearly 11 years of exile'],
    ["The host of Tuesday's meeting spoke first.", "Tuesday's", 'keep', "The host of Tuesday's meeting spoke first"],
    [
      'Before that, the two leaders spoke at a joint news conference.',
      'Before that',
      'tie',
      'The two leaders spoke at a joint news conference',
    ],
    // "since" dates what it names: the happening after it, or the one before the phrase it ends.
    ['They are the first talks since the start of the war in February 2022.', 'in February 2022', 'drop', 'The start of the war'],
    [
      'The talks took place in Anchorage, marking their first face-to-face meeting since 2019.',
      'since 2019',
      'drop',
      'Their first face-to-face meeting since 2019',
    ],
    [
      'Its stance had not changed since it was first detailed by Putin in June 2024.',
      'in June 2024',
      'drop',
      'Its stance had not changed since it was first detailed by Putin',
    ],
    ['The deal is off, the spokesman said.', 'said', 'verb', 'The deal is off, the spokesman said'],
  ])('%s [%s]', (sentence, evidence, mode, expected) => {
    expect(lineOf(sentence, evidence, mode as LineMode)).toBe(expected);
  });

  it('cuts a long clause at a subordinate word after its eighth word', () => {
    const sentence =
      'On Monday the council of ministers of the union adopted the package which ties aid to reforms that the parliament must pass within the year before any money flows';
    expect(lineOf(sentence, 'On Monday')).toBe('The council of ministers of the union adopted the package');
  });

  it.each([
    ['', '', ''],
    ['Friday.', 'Friday', 'Friday'],
    [`${'word '.repeat(5000)}on Friday`, 'on Friday', 'Word'],
  ])('nasty: %#', (sentence, evidence, starts) => {
    expect(lineOf(sentence, evidence).startsWith(starts)).toBe(true);
  });

  it('does linear work on a sentence of thousands of words', async () => {
    expect(
      await growthOf(
        (words: number) => `${'word '.repeat(words)}on Friday`,
        (sentence) => lineOf(sentence, 'on Friday'),
        2500,
      ),
    ).toBeLessThanOrEqual(2.2);
  });
});
