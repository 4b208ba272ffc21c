import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/core/dates/extract-events.ts';
import type { Precision } from '../../../src/core/model.ts';
import { parseArticle } from '../../../src/core/text/parse-article.ts';
import gold from '../../fixtures/gold_seeds.json' with { type: 'json' };
import { rawSeedInputs } from '../../helpers/raw-seeds.ts';
import { articleFrom } from './article-from.ts';
import { datesOfLast } from './dates-of.ts';
import { readArticles } from '../../../src/core/reading/read-articles.ts';

/** The dates one sentence yields, as `date/precision`, when published on `published`. */
function datesOf(published: string, sentence: string): string[] {
  return extractEvents(readArticles([articleFrom({ slug: 'a', published }, [sentence])])).map((e) => `${e.date}/${e.precision}`);
}

const day = (date: string): string => `${date}/day`;
const month = (date: string): string => `${date}/month`;
const year = (date: string): string => `${date}/year`;

describe('extractEvents', () => {
  it('returns one event per dated statement, with ids, sentence, text and evidence', () => {
    const article = articleFrom({ slug: 'talks', published: '2025-08-14' }, [
      'Rubio said Thursday that talks were needed.',
      'No date here.',
      ['Trump said Thursday he will meet Putin on Friday.', 'The war began in February 2022.'],
    ]);
    expect(extractEvents(readArticles([article]))).toEqual([
      {
        id: 'talks#e-4',
        date: '2022-02',
        precision: 'month',
        sentence: 'talks#s-4',
        text: 'The war began in February 2022.',
        evidence: 'in February 2022',
      },
      {
        id: 'talks#e-1',
        date: '2025-08-14',
        precision: 'day',
        sentence: 'talks#s-1',
        text: 'Rubio said Thursday that talks were needed.',
        evidence: 'said Thursday',
      },
      expect.objectContaining({ id: 'talks#e-2', date: '2025-08-14', sentence: 'talks#s-3', evidence: 'said Thursday' }),
      expect.objectContaining({ id: 'talks#e-3', date: '2025-08-15', sentence: 'talks#s-3', evidence: 'on Friday' }),
    ]);
  });

  // 2025-08-14 and 2025-11-27 are Thursdays; 2025-08-16 is a Saturday.
  it.each([
    ['2025-08-14', 'U.S. Secretary of State Marco Rubio said Thursday that guarantees were needed.', [day('2025-08-14')]],
    ['2025-08-14', 'Zelensky said Wednesday that Trump was ready to help.', [day('2025-08-13')]],
    ['2025-08-14', 'Trump and Putin will meet on Friday in Alaska.', [day('2025-08-15')]],
    ['2025-08-14', 'The Alaska summit, set for Friday, aims to end the war.', [day('2025-08-15')]],
    ['2025-08-14', 'Ahead of the summit on Friday, Rubio said peace was possible.', [day('2025-08-15')]],
    ['2025-08-14', "Friday's summit comes at a tough moment, officials said.", [day('2025-08-15')]],
    ['2025-08-14', 'Trump said Thursday he is focused on a deal when he meets Putin on Friday.', [day('2025-08-14'), day('2025-08-15')]],
    ['2025-08-14', 'He warned of sanctions if his meeting on Friday proves fruitless.', [day('2025-08-15')]],
    ['2025-08-14', 'Witkoff met Putin on Monday in Moscow.', [day('2025-08-11')]],
    ['2025-08-14', 'Delegations are meeting in Geneva on Monday.', [day('2025-08-18')]],
    ['2025-12-16', 'Trump said he would hold a call later Monday with European leaders.', [day('2025-12-15')]],
    ['2025-12-14', 'Envoys will meet again later Monday, officials said.', [day('2025-12-15')]],
    ['2025-11-24', "Sunday's talks in Geneva produced a revised draft.", [day('2025-11-23')]],
    ['2025-11-20', "Delegations arrive in Geneva for Sunday's talks.", [day('2025-11-23')]],
    ['2025-08-16', 'A Russian missile strike killed one person on Friday.', [day('2025-08-15')]],
    ['2025-08-16', 'Trump left Washington on Friday (local time) and landed shortly after 7.20pm (BST).', [day('2025-08-15')]],
    ['2025-08-16', 'Trump met Putin in Alaska this morning (NZT).', [day('2025-08-15')]],
    ['2025-08-14', "We'll know tomorrow whether a deal is possible.", [day('2025-08-15')]],
    ['2025-08-14', 'The talks collapsed yesterday.', [day('2025-08-13')]],
    ['2025-11-27', 'Politico reported on Nov. 27 that allies were briefed.', [day('2025-11-27')]],
    ['2025-11-27', 'Rubio assured allies during a Nov. 25 call.', [day('2025-11-25')]],
    ['2025-11-27', 'Negotiators hope to finish the text on Nov. 30.', [day('2025-11-30')]],
    ['2025-08-14', 'Officials expect an answer by Aug 15.', [day('2025-08-15')]],
    ['2025-11-27', "The talks follow Washington's mid-November presentation of a plan.", [month('2025-11')]],
    ['2025-08-16', 'A US envoy estimated combined casualties at 1.2 million in May.', [month('2025-05')]],
    ['2025-08-14', 'Putin said in February that he was open to talks.', [month('2025-02')]],
    ['2025-08-14', 'Talks are due to resume in February.', [month('2026-02')]],
    ['2025-08-14', 'It was the first such talks since the start of the war in February 2022.', [month('2022-02')]],
    ['2025-08-14', 'Europe marked the anniversary of the Feb. 24, 2022, invasion.', [day('2022-02-24')]],
    ['2025-08-14', 'Russia has occupied Crimea since 2014.', [year('2014')]],
    ['2025-08-14', 'Putin met Joe Biden in 2021 in Geneva.', [year('2021')]],
    ['2025-08-14', 'Its stance was first detailed by Putin in June 2024.', [month('2024-06')]],
    ['2025-08-14', 'Trump has spoken to Putin by phone this year.', [year('2025')]],
    ['2025-08-16', 'Earlier in the week, Trump warned he would walk out.', [month('2025-08')]],
    ['2025-12-22', 'Earlier this week, officials reported progress on guarantees.', [month('2025-12')]],
    ['2025-08-14', "Trump's agreement last week to the summit was abrupt.", [month('2025-08')]],
    ['2025-12-03', 'Kyiv rejected the first draft late last month.', [month('2025-11')]],
    ['2025-11-27', 'Envoys met in Abu Dhabi two weeks ago.', [month('2025-11')]],
    ['2025-11-27', 'Witkoff will travel to Moscow next week.', [month('2025-12')]],
    ['2025-10-08', 'Last week the envoys met in Miami.', [year('2025')]],
    ['2025-11-20', 'The White House wants a deal by Thanksgiving.', [day('2025-11-27')]],
    ['2025-11-27', 'Kyiv said it would answer in three days.', [day('2025-11-30')]],
    ['2025-08-14', 'It could give hope to Ukraine with one day to go until the summit.', [day('2025-08-15')]],
    ['2025-08-14', 'That would reward Putin for nearly 11 years of efforts to seize land.', [year('2014')]],
    ['2025-11-27', 'He failed to achieve a breakthrough in his first 10 months in office.', [month('2025-01')]],
    ['2025-11-27', 'Ukraine declared independence on 24 August 1991.', [day('1991-08-24')]],
    ['2025-11-24', 'It was the best meeting since Trump took office in January.', [month('2025-01')]],
    ['2026-02-05', 'The loan, agreed in December, would keep Kyiv afloat.', [month('2025-12')]],
    ['2025-12-16', '"The question is whether Russia is prepared to accept a ceasefire over Christmas."', [day('2025-12-25')]],
    // Weekends, spans that run up to now, deadlines and months used as adjectives.
    ['2025-11-24', 'Fighting eased over the weekend, local officials said.', [month('2025-11')]],
    ['2025-11-27', 'The envoys will regroup over the weekend.', [month('2025-11')]],
    ['2025-11-30', 'Crowds gathered in the square at the weekend.', [month('2025-11')]],
    // A count of days before the weekend ends on its Sunday and is dated by its first day (24 Nov 2025 is a Monday).
    ['2025-11-24', 'The talks, which lasted three days over the weekend, went well.', [day('2025-11-21')]],
    ['2025-11-24', 'Crowds marched for two days over the weekend.', [day('2025-11-22')]],
    ['2025-11-24', 'Crowds marched for nine days over the weekend.', [month('2025-11')]],
    ['2025-11-24', 'The mediation has been underway for nearly three weeks.', [month('2025-11')]],
    ['2025-10-17', 'Russia pressed on with its grinding three-and-a-half-year invasion.', [year('2022')]],
    ['2025-08-14', 'The talks are due to end within 10 days.', [month('2025-08')]],
    ['2025-09-03', 'A text was expected within seven to 10 days following the Aug. 20 talks.', [month('2025-08'), day('2025-08-20')]],
    ['2025-10-17', 'It is their first summit since an August meeting in Alaska.', [month('2025-08')]],
    ['2025-10-17', 'Officials recalled the June talks in Istanbul.', [month('2025-06')]],
    // Days counted from another happening, anchored in the sentence or, failing that, on publication.
    ['2025-08-14', 'Kyiv replied on Wednesday, a day after Moscow sent its terms.', [day('2025-08-12'), day('2025-08-13')]],
    ['2025-08-14', 'They met on Monday and again the next day.', [day('2025-08-11'), day('2025-08-12')]],
    ['2025-08-14', 'The ministers signed the accord two days after the Aug. 9 vote.', [day('2025-08-09'), day('2025-08-11')]],
    ['2025-08-14', 'Ministers met a day earlier in Rome.', [day('2025-08-13')]],
    ['2025-08-14', 'The vote came days after protesters stormed parliament.', [month('2025-08'), day('2025-08-14')]],
    ['2025-08-14', 'The envoy left on the eve of the Aug. 20 summit.', [day('2025-08-19'), day('2025-08-20')]],
    // A second day of something dated is a first day before it; with no day to count from, nothing.
    ['2026-02-05', 'A second day of talks concluded in Abu Dhabi on Thursday.', [day('2026-02-04'), day('2026-02-05')]],
    ['2026-02-05', 'On Monday the envoys met for a third straight day of talks.', [day('2026-01-31'), day('2026-02-02')]],
    ['2025-12-16', 'Zelenskyy met for a second day with the envoys.', []],
    // A loosely counted stretch of something before the happening told: as many days before it, at most.
    ['2025-12-29', 'He spoke after several days of heavy drone attacks.', [month('2025-12')]],
    ['2025-12-20', 'The talks resumed after three days of strikes.', [month('2025-12')]],
    // Days of the month without the month, years as adjectives, period ends, nights and feasts.
    ['2025-12-16', 'The vote is scheduled for the 18th.', [day('2025-12-18')]],
    ['2025-12-03', 'The ceasefire collapsed on the 28th.', [day('2025-11-28')]],
    ['2025-12-28', 'The envoys will return on the 4th.', [day('2026-01-04')]],
    ['2025-12-16', "Russia's 2022 invasion upended European security.", [year('2022')]],
    ['2025-12-16', 'The 2014 annexation of Crimea was never recognised.', [year('2014')]],
    ['2025-12-16', 'The EU aims to agree the loan by the end of the year.', [year('2025')]],
    ['2025-12-16', 'Parliament will vote on the bill by the end of the month.', [month('2025-12')]],
    ['2025-12-16', 'Drones struck the port overnight, the governor said.', [day('2025-12-16')]],
    ['2025-12-16', 'A truce over Orthodox Christmas was proposed.', [day('2026-01-07')]],
    ['2025-08-14', 'The war, now in its fourth year, shows no sign of ending.', [year('2022')]],
    ['2025-08-12', "Monday's talks in Berlin, by all accounts long and tense.", [day('2025-08-11')]],
  ])('on %s: %s', (published, sentence, expected) => {
    expect(datesOf(published, sentence)).toEqual(expected);
  });

  it('dates "today" inside a quotation by the day the words were spoken', () => {
    const article = articleFrom({ slug: 'merz', published: '2025-08-14' }, [
      "Merz, who hosted Wednesday's meeting, said there would be guarantees.",
      '"Trump also confirmed this today and said he is on board," he told reporters.',
      'The summit is today, officials said.',
    ]);
    const events = extractEvents(readArticles([article]));
    expect(events.map((e) => [e.sentence, e.date])).toEqual([
      ['merz#s-1', '2025-08-13'],
      ['merz#s-2', '2025-08-13'],
      ['merz#s-3', '2025-08-14'],
    ]);
  });

  it('finds at least 90% of the annotated seed events, dated right in the same sentence', () => {
    const articles = rawSeedInputs().map(parseArticle);
    const events = extractEvents(readArticles(articles));
    const flat = (text: string): string => text.replace(/\s+/g, ' ').toLowerCase();
    const found = gold.events.filter((g) => {
      const article = articles.find((a) => a.input.slug === `seed-${g.file.slice(0, 3)}`);
      const sentences = article?.sentences.filter((s) => flat(s.text).includes(flat(g.evidence))) ?? [];
      return sentences.some((s) =>
        events.some((e) => e.sentence === s.id && e.date === g.date && e.precision === (g.precision as Precision)),
      );
    });
    console.log(`seed events dated right: ${found.length}/${gold.events.length}`);
    expect(found.length / gold.events.length).toBeGreaterThanOrEqual(0.9);
  });

  it('orders events by date, then article and sentence, and is deterministic', () => {
    const a = articleFrom({ slug: 'b-later', published: '2025-08-16' }, ['Talks took place on Friday.', 'The war began in 2022.']);
    const b = articleFrom({ slug: 'a-early', published: '2025-08-14' }, ['The summit is set for Friday.']);
    const once = extractEvents(readArticles([a, b]));
    expect(once.map((e) => e.id)).toEqual(['b-later#e-2', 'a-early#e-1', 'b-later#e-1']);
    expect(extractEvents(readArticles([b, a]))).toEqual(once);
  });

  it.each([
    ['Putin may be open to compromise, sources suggest.'],
    ['The March on Washington drew large crowds.'],
    ['Trump and Putin are meeting in Alaska at 11.30 a.m. local time (1930GMT).'],
    ['Trump previously claimed he could end the war in 24 hours.'],
    ['Two-thirds of 2/3 respondents agreed.'],
    ['Kyiv asked for 2000 troops and F-16 jets.'],
    ['The plan of 2000 troops was dropped.'],
    ['The plan has 28 points and a 30-day truce.'],
    ['Fridays are usually quiet in Kyiv.'],
    ['The conflict has roots in the 1990s.'],
    ['A three-on-three meeting replaced the one-on-one talks.'],
    ['The weekend papers led with the story.'],
    ['A three-year plan was drafted.'],
    ['Both sides want a deal within reach.'],
    ['Eve Smith chaired the meeting.'],
    ['He finished 2nd in the race, on the 3rd floor.'],
    ['The 2000 soldiers crossed the river.'],
    ['The end of the war is not in sight.'],
    [''],
  ])('finds no date in %j', (sentence) => {
    // After the lead and a dated sentence, so that only the date rules speak (the lead has rules of its own).
    expect(datesOfLast({ slug: 'a', published: '2025-08-14' }, ['Background.', 'Talks began in 2019.', sentence])).toEqual([]);
  });

  it('never uses local-time Date methods, so the time zone cannot change a result', () => {
    const dir = join(import.meta.dirname, '../../../src/core/dates');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const local = /\.(getFullYear|getMonth|getDate|getDay|getHours|setDate|setMonth|setFullYear|toLocale\w*)\(|new Date\(\)|Date\.now\(/;
    const offenders = files.filter((file) => local.test(readFileSync(join(dir, file), 'utf8')));
    expect(files.length).toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });
});
