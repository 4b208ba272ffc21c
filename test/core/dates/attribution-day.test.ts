/**
 * "Today" inside a quotation takes the day of its own attribution, in the quotation's sentences or,
 * when the quotation stands alone, in the sentence just before or after it; else the older look-back
 * to a dated sentence, else the article's day.
 */
import { describe, expect, it } from 'vitest';
import { attributionDay } from '../../../src/core/dates/attribution-day.ts';
import { formatDay } from '../../../src/core/dates/calendar.ts';
import { findDateMentions } from '../../../src/core/dates/find-date-mentions.ts';
import { parseIsoDay } from '../../../src/core/dates/calendar.ts';
import { readArticles } from '../../../src/core/reading/read-articles.ts';
import { articleFrom } from './article-from.ts';
import { datesOfArticle, datesOfLast, day } from './dates-of.ts';

describe('attributionDay', () => {
  it('finds the day written outside the marks of the quotation holding an offset', () => {
    const [article] = readArticles([
      articleFrom({ slug: 'q', published: '2025-11-24' }, ['"We made progress today," the minister told reporters on Saturday.']),
    ]);
    const reading = article!.sentences[0]!;
    const mentionsAt = () =>
      findDateMentions({ text: reading.sentence.text, tokens: reading.tokens, published: parseIsoDay('2025-11-24') });
    const day = attributionDay(article!, article!.paragraphs[0]!, 0, reading.sentence.text.indexOf('today'), mentionsAt);
    expect(day === null ? null : formatDay(day, 'day')).toBe('2025-11-22');
  });

  // 2025-11-24 is a Monday.
  it.each([
    [
      'the attribution after the quotation',
      ['"We made real progress today," the minister told reporters on Saturday.'],
      [day('2025-11-22')],
    ],
    [
      'the attribution before the quotation',
      ['The envoy told reporters on Friday: "Today we signed nothing, and tomorrow we talk again."'],
      [day('2025-11-21'), day('2025-11-22')],
    ],
    [
      'a quotation over two sentences, attributed at its end',
      [['"Nothing was signed today.', 'We will meet again," the envoy said on Sunday.']],
      [day('2025-11-23')],
    ],
    [
      'a quotation alone, attributed in the sentence before',
      ['The spokesman spoke to the agency on Wednesday.', '"Today is a good day for diplomacy."'],
      [day('2025-11-19')],
    ],
    [
      'an attribution without a day: the look-back to a dated sentence',
      ['The foreign minister met his counterpart on Tuesday.', '"Today we agreed on a text," an aide said.'],
      [day('2025-11-18')],
    ],
    [
      'the attribution wins over the look-back',
      ['The foreign minister met his counterpart on Tuesday.', '"Today we agreed on a text," an aide told the agency on Thursday.'],
      [day('2025-11-20')],
    ],
    [
      "no day anywhere: the article's day, else publication",
      ['Background.', '"Today we agreed on a text," an aide said.'],
      [day('2025-11-24')],
    ],
    [
      '"today" outside the marks is the day of writing',
      ['The foreign minister met his counterpart on Tuesday.', 'The minister said today that "talks went well".'],
      [day('2025-11-24')],
    ],
  ])('%s', (_, paragraphs, expected) => {
    expect(datesOfLast({ slug: 'q', published: '2025-11-24' }, paragraphs)).toEqual(expected);
  });

  it('reads the attribution in the sentence after a quotation that stands alone', () => {
    expect(
      datesOfArticle({ slug: 'q', published: '2025-11-24' }, [
        '"Today nothing moved."',
        'That is what the envoy told the agency on Friday.',
      ]),
    ).toEqual([day('2025-11-21'), day('2025-11-21')]);
  });

  it.each([['an unclosed quotation', ['The envoy spoke on Friday.', '"Today nothing moved, and nothing will'], [day('2025-11-21')]]])(
    'nasty: %s',
    (_, paragraphs, expected) => {
      expect(datesOfLast({ slug: 'q', published: '2025-11-24' }, paragraphs)).toEqual(expected);
    },
  );
});
