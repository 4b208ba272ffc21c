/**
 * Sentences without a date of their own: the lead that reports the day's news, a sentence tied by a
 * connective to the happening just told, and one about "the talks" an earlier sentence dated.
 */
import { describe, expect, it } from 'vitest';
import { contextRules } from '../../../src/core/dates/context/rules.ts';
import { datesOfLast, day } from './dates-of.ts';

describe('findContextDate', () => {
  it('runs the lead, connective and definite-happening rules, in that order', () => {
    expect(contextRules.map((rule) => rule.name)).toEqual(['lead-report', 'time-connective', 'definite-happening']);
  });

  // 2025-11-24 is a Monday.
  it.each([
    ['a lead that reports', ['The ministry said the talks would resume in spring.'], [day('2025-11-24')]],
    ['a lead in the present progressive of a happening', ['Negotiators are holding talks in Vienna over a new text.'], [day('2025-11-24')]],
    ['a lead in the present perfect of a happening', ['The council has imposed fresh sanctions on two banks.'], [day('2025-11-24')]],
    ['a standfirst that describes', ['Allies are weighing how to respond to the proposal.'], []],
    ['a lead that only describes a document', ['The plan rejects most of the demands.'], []],
    [
      'a lead after an undated standfirst',
      ['Allies weigh their options.', 'The ministry said the talks would resume.'],
      [day('2025-11-24')],
    ],
    ['a report that is not the lead', ['Talks ended on Friday.', 'The ministry said the talks would resume.'], []],
    [
      '"Before that" after a dated sentence',
      ['The delegations arrived in Riyadh on Saturday.', 'Before that, the two sides exchanged prisoners.'],
      [day('2025-11-22')],
    ],
    [
      '"Shortly after" a happening',
      ['The delegations arrived in Riyadh on Saturday.', 'Shortly after the delegations landed, the foreign minister issued a statement.'],
      [day('2025-11-22')],
    ],
    [
      '"ahead of" a happening told before, in the past',
      ['The ministry announced the measures on Friday.', 'Speaking on radio ahead of the announcement, the minister defended them.'],
      [day('2025-11-21')],
    ],
    [
      '"Earlier," opening a sentence',
      ['The leaders met in Oslo on Saturday.', 'Earlier, the prime minister told reporters he expected little.'],
      [day('2025-11-22')],
    ],
    [
      '"After meeting" someone, in an opening clause',
      ['The envoy flew to Rome on Saturday.', 'After meeting the pope, he told reporters the visit had gone well.'],
      [day('2025-11-22')],
    ],
    [
      '"Following talks with" someone',
      ['The envoy flew to Rome on Saturday.', 'Following talks with the premier, he left for Milan.'],
      [day('2025-11-22')],
    ],
    [
      '"Speaking to reporters" after a dated sentence',
      ['The envoy flew to Rome on Saturday.', 'Speaking to reporters in Rome, he said nothing was agreed.'],
      [day('2025-11-22')],
    ],
    ['"that day"', ['The envoy flew to Rome on Saturday.', 'He also met the mayor that day.'], [day('2025-11-22')]],
    [
      'a preposition later in the sentence looks ahead',
      ['The envoy flew to Rome on Saturday.', 'He said the details would be settled after the talks, aides said.'],
      [],
    ],
    [
      'a planned happening skipped for a past one',
      ['The envoy arrived on Sunday.', 'A vote is scheduled for Wednesday.', 'Before that, the envoy briefed the cabinet.'],
      [day('2025-11-23')],
    ],
    [
      'a report right after the happening it follows',
      ['Talks were held in Oslo on Sunday.', 'The minister told reporters after emerging from the talks that gaps remained.'],
      [day('2025-11-23')],
    ],
    [
      'a later clause of a report, not the report, after a happening',
      ['Talks were held in Oslo on Sunday.', 'A diplomat said the minister raised issues to be handled after the talks.'],
      [],
    ],
    ['a connective in the future tense', ['The envoy arrived on Sunday.', 'Ahead of the vote, the senator is expected to speak.'], []],
    ['a connective inside quotation marks', ['The envoy arrived on Sunday.', '"Before that, we knew nothing," he said.'], []],
    [
      '"the talks" an earlier sentence dated',
      ['Negotiators held talks in Oslo on Sunday.', 'Diplomats said the marathon talks produced a draft.'],
      [day('2025-11-23')],
    ],
    ['"the talks" after a preposition of time', ['Negotiators held talks in Oslo on Sunday.', 'Trade has slumped since the talks.'], []],
    [
      '"the talks" when the dated sentence told another kind of happening',
      ['A drone struck a depot on Sunday.', 'Diplomats said the talks produced a draft.'],
      [],
    ],
  ])('%s', (_, paragraphs, expected) => {
    expect(datesOfLast({ slug: 'c', published: '2025-11-24' }, paragraphs)).toEqual(expected);
  });

  it.each([
    [
      "a connective with nothing dated before: the article's day",
      ['Background.', 'Before that, the envoys had spoken.'],
      [day('2025-11-24')],
    ],
    ['a sentence of only "the"', ['Negotiators held talks in Oslo on Sunday.', `${'the '.repeat(2000)}talks ended.`], [day('2025-11-23')]],
  ])('nasty: %s', (_, paragraphs, expected) => {
    expect(datesOfLast({ slug: 'c', published: '2025-11-24' }, paragraphs)).toEqual(expected);
  });
});
