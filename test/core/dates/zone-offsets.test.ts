/**
 * Time zones of the outlet, the writer and the happening's place, and what they do to "today" and
 * weekdays when they are half a day apart. The generic places, and a story's own from its editorial data.
 */
import { describe, expect, it } from 'vitest';
import { dayStep, offsetInSentence, offsetOfPlace, outletOffset, zoneTable } from '../../../src/core/dates/zone-offsets.ts';
import { tokenize } from '../../../src/core/reading/tokenize.ts';
import { datesOfLast, day } from './dates-of.ts';

/** A story's places with their offsets, as its `places.yaml` gives them. */
const story = zoneTable({ anchorage: -9, alaska: -9, 'port example': -5, Sydney: 11 });

describe('zone offsets', () => {
  it.each([
    [{ outlet: 'SBS News', url: 'https://www.sbs.com.au/news/x' }, 10],
    [{ outlet: 'A Daily', url: 'https://www.example.com.cn/2025/x' }, 8],
    [{ outlet: 'The West Australian', url: null }, 8],
    [{ outlet: 'The Sun (Malaysia)', url: 'https://thesun.example.com/x' }, 8],
    [{ outlet: 'Anadolu Agency', url: 'https://www.aa.com.tr/en/x' }, 3],
    [{ outlet: 'The Wire Desk', url: 'https://example.com/x' }, null],
    [{ outlet: 'Politico Europe', url: 'https://www.politico.eu/x' }, null],
  ])('outlet %j is at %s', (input, expected) => {
    expect(outletOffset(input)).toBe(expected);
  });

  it.each([
    ['LOS ANGELES', -8],
    ['KYIV/WASHINGTON', 2],
    ['Kuala Lumpur', 8],
    ['ATLANTIS', null],
  ])('place %s is at %s', (place, expected) => {
    expect(offsetOfPlace(place)).toBe(expected);
  });

  it.each([
    ['The leaders met in Sydney on Friday.', 10],
    ['He told reporters at the White House that it was over.', -5],
    ['US President Donald Trump spoke to Russian officials.', null],
    ['The talks in Zurich, Switzerland, went on.', 1],
    ['The leaders met in Anchorage on Friday.', null],
  ])('%s puts its happening at %s', (sentence, expected) => {
    expect(offsetInSentence(tokenize(sentence))).toBe(expected);
  });

  it.each([
    ['The leaders met in Anchorage on Friday.', -9],
    ['The ministers met in Port Example.', -5],
    ['The leaders met in Sydney on Friday.', 11],
    ['He told reporters at the White House that it was over.', -5],
  ])("with the story's places, %s puts its happening at %s (a story's place wins)", (sentence, expected) => {
    expect(offsetInSentence(tokenize(sentence), story)).toBe(expected);
    expect(offsetOfPlace('PORT EXAMPLE', story)).toBe(-5);
  });

  it.each([
    [8, -8, -1],
    [-5, 9, 1],
    [10, -5, -1],
    [1, 3, 0],
    [null, -8, 0],
    [5.5, -5, 0],
  ])('from %s to %s the date steps %s', (from, to, expected) => {
    expect(dayStep(from, to)).toBe(expected);
  });

  // 2025-08-25 is a Monday; 2025-08-16 a Saturday; 2025-10-23 a Thursday.
  it.each([
    [
      "a Beijing outlet's Monday story from Los Angeles: Monday in the past is last week",
      { url: 'https://example.com.cn/x', dateline: 'LOS ANGELES' },
      '2025-08-25',
      'The delegates held talks with the governors on Monday.',
      [day('2025-08-18')],
    ],
    [
      '... and Sunday is the day of writing there',
      { url: 'https://example.com.cn/x', dateline: 'LOS ANGELES' },
      '2025-08-25',
      'The senator said Sunday that talks had stalled.',
      [day('2025-08-24')],
    ],
    [
      'a dateline in the body counts as well',
      { url: 'https://example.com.cn/x' },
      '2025-08-25',
      'LOS ANGELES - The delegates held talks with the governors on Monday.',
      [day('2025-08-18')],
    ],
    [
      'a New Zealand outlet on Saturday: Friday in Alaska (a story place) is still coming',
      { url: 'https://www.example.co.nz/x' },
      '2025-08-16',
      'The two leaders will meet in Alaska on Friday.',
      [day('2025-08-15')],
    ],
    [
      '... and "today" in Alaska is the Friday',
      { url: 'https://www.example.co.nz/x' },
      '2025-08-16',
      'The two leaders meet in Anchorage today.',
      [day('2025-08-15')],
    ],
    [
      "an Australian outlet: a past weekday keeps the outlet's calendar",
      { url: 'https://www.example.com.au/x' },
      '2025-10-23',
      'The president told reporters at the White House on Thursday that the summit was off.',
      [day('2025-10-23')],
    ],
    [
      'an outlet of unknown zone moves nothing',
      { url: 'https://example.com/x' },
      '2025-08-16',
      'The two leaders will meet in Alaska on Friday.',
      [day('2025-08-22')],
    ],
  ])('%s', (_, fields, published, sentence, expected) => {
    expect(datesOfLast({ slug: 'z', published, ...fields }, ['Background.', sentence], story)).toEqual(expected);
  });

  it("reads Alaska in the outlet's day when the story gives it no offset", () => {
    expect(
      datesOfLast({ slug: 'z', published: '2025-08-16', url: 'https://www.example.co.nz/x' }, [
        'Background.',
        'The two leaders will meet in Alaska on Friday.',
      ]),
    ).toEqual([day('2025-08-22')]);
  });
});
