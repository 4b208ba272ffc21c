/**
 * Dates counted from another happening, anchored on the sentences before them: "came a day after",
 * "the next day", "on the eve of", "days after", "a few days before", "follows a week of".
 */
import { describe, expect, it } from 'vitest';
import { resolveRelative } from '../../../src/core/dates/resolve-relative.ts';
import type { DateMention } from '../../../src/core/dates/rule.ts';
import { parseIsoDay } from '../../../src/core/dates/calendar.ts';
import { datesOfLast, day, month, year } from './dates-of.ts';

describe('resolveRelative', () => {
  const mention: DateMention = {
    start: 20,
    end: 31,
    date: '2025-08-13',
    precision: 'day',
    rule: 'anchored-offset',
    relative: { after: null, before: { first: 1, last: 1 }, reference: { first: -1, last: -1, background: true }, now: null },
  };

  it('anchors on a day written before the phrase, then on the reference day, and drops what has no anchor', () => {
    const before: DateMention = { start: 0, end: 9, date: '2025-08-11', precision: 'day', rule: 'weekday' };
    expect(resolveRelative(mention, [before, mention], null, 0)).toEqual({
      start: 20,
      end: 31,
      date: '2025-08-12',
      precision: 'day',
      rule: 'anchored-offset',
    });
    expect(resolveRelative(mention, [mention], parseIsoDay('2025-08-20'), 0)).toEqual({
      start: 20,
      end: 31,
      date: '2025-08-19',
      precision: 'day',
      rule: 'anchored-offset',
      background: true,
    });
    expect(resolveRelative(mention, [mention], null, 0)).toBeNull();
  });

  // 2025-09-05 and 2025-10-17 are Fridays.
  it.each([
    [
      'the comments of a Friday, a day after a pledge',
      '2025-09-05',
      [
        'The foreign ministry said on Friday that the offer was unacceptable.',
        'The comments came a day after 30 nations pledged to send monitors.',
      ],
      [day('2025-09-04'), day('2025-09-05')],
    ],
    [
      'a meeting today, a day after an announcement',
      '2025-10-17',
      ['The two leaders meet in Ankara on Friday.', 'The meeting comes a day after the minister surprised allies by calling a vote.'],
      [day('2025-10-16'), day('2025-10-17')],
    ],
    [
      'a happening named before, two days after it',
      '2025-08-14',
      ['The summit took place in Oslo on Monday.', 'Two days after the summit, the ministers signed a memorandum.'],
      [day('2025-08-13')],
    ],
    [
      'the next day, from the sentence before',
      '2025-08-14',
      ['Envoys landed in Doha on Monday.', 'Talks began the next day.'],
      [day('2025-08-12')],
    ],
    [
      'the next morning, from the sentence before',
      '2025-08-14',
      ['Envoys landed in Doha on Monday.', 'The next morning, talks began.'],
      [day('2025-08-12')],
    ],
    [
      'a day earlier, from the sentence before',
      '2025-08-14',
      ['The bill passed on Wednesday.', 'A day earlier, the committee had rejected it.'],
      [day('2025-08-12')],
    ],
    [
      'the eve of the visit told before',
      '2025-10-17',
      ['The chancellor visits Kyiv on Friday.', 'But on the eve of the visit, the Kremlin warned Berlin in a statement.'],
      [day('2025-10-16')],
    ],
    [
      'days after a happening, counted from the sentence before',
      '2025-08-19',
      ['Leaders gathered at the White House on Monday.', 'They came days after a summit in Alaska.'],
      [month('2025-08'), day('2025-08-18')],
    ],
    [
      'a few days before, standing alone',
      '2025-08-19',
      ['Earlier in the week, the president met his advisers.', 'He had also spoken to the premier a few days before.'],
      [month('2025-08')],
    ],
    [
      'a week of turmoil before the day told',
      '2025-11-24',
      ['Allies unveiled a plan on Sunday.', 'The plan follows a turbulent week in the capital.'],
      [month('2025-11')],
    ],
    [
      'nothing before: counted from publication',
      '2025-08-14',
      ['Background.', 'The strike came a day after talks stalled.'],
      [day('2025-08-13'), day('2025-08-14')],
    ],
  ])('%s', (_, published, paragraphs, expected) => {
    expect(datesOfLast({ slug: 'r', published }, paragraphs)).toEqual(expected);
  });

  it.each([
    [
      'a date five sentences back is out of reach, and a past "next day" is not counted from now',
      ['Talks opened on Monday.', 'A.', 'B.', 'C.', 'D.', 'The next day, both sides walked out.'],
      [],
    ],
    [
      '... but a future one is',
      ['Talks opened on Monday.', 'A.', 'B.', 'C.', 'D.', 'The next day, both sides will walk out.'],
      [day('2025-08-15')],
    ],
    [
      'a year after a happening nothing dates',
      ['Background.', 'Talks began in 2019.', 'A year after the talks in Istanbul, little had changed.'],
      [],
    ],
    ['months counted by the calendar', ['The envoys met on June 30.', 'Two months later, the plan was revised.'], [month('2025-08')]],
    [
      'a past clause never counts from a day still ahead',
      ['The deadline is Aug. 20.', 'A day earlier, the plan was revised.'],
      [day('2025-08-13')],
    ],
    ['a year counted by the calendar', ['The envoys met on Aug. 30, 2024.', 'A year after that meeting, they met again.'], [year('2025')]],
    [
      '"the days after" is a stretch, not one day',
      ['Talks opened on Monday.', 'In the days after the talks, nothing moved.'],
      [month('2025-08')],
    ],
    ['a count of zero days dates nothing', ['Talks opened on Monday.', 'It came 0 days after talks stalled.'], []],
  ])('nasty: %s', (_, paragraphs, expected) => {
    expect(datesOfLast({ slug: 'r', published: '2025-08-14' }, paragraphs)).toEqual(expected);
  });
});
