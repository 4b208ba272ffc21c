import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/core/reading/find-quote-spans.ts';

/** The quoted words of each span, with `…` marking a quote left open at the end of the text. */
function quoted(text: string): string[] {
  return findQuoteSpans(text).map((span) => text.slice(span.start, span.end) + (span.close === null ? '…' : ''));
}

describe('findQuoteSpans', () => {
  it('returns offsets of marks and words', () => {
    expect(findQuoteSpans('He said “yes” twice.')).toEqual([{ open: 8, close: 12, start: 9, end: 12 }]);
  });

  it.each<[string, string[]]>([
    ['“We will not give up our land,” Zelenskiy said.', ['We will not give up our land,']],
    ['Rubio said that "to achieve peace, we must talk."', ['to achieve peace, we must talk.']],
    ['“I’m here to get them at a table,“ he said.', ['I’m here to get them at a table,']],
    ['”I don’t know if it’s going to be today.”', ['I don’t know if it’s going to be today.']],
    [
      'He would call NATO “in a little while”.“I will call up the various people.',
      ['in a little while', 'I will call up the various people.…'],
    ],
    ['“There were many points that we agreed on.', ['There were many points that we agreed on.…']],
    ['Merz also said there would be robust guarantees. "', []],
    ['He called it a „historic“ day.', ['historic']],
    ['Le président a parlé de « paix juste » hier.', [' paix juste ']],
    [
      '"I don\'t know," Trump told Fox Radio, adding: "I\'m more interested in [an] immediate peace deal."',
      ["I don't know,", "I'm more interested in [an] immediate peace deal."],
    ],
    ['“Putin said ‘never’ to that,” she said.', ['Putin said ‘never’ to that,']],
    ['Zelenskyy’s aides weren’t there.', []],
    ['A 5" screen and "quotes".', ['quotes']],
    ['“ ”', []],
    ['', []],
  ])('%s', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});
