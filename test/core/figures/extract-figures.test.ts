import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/core/figures/extract-figures.ts';
import { parseArticle } from '../../../src/core/text/parse-article.ts';
import gold from '../../fixtures/gold_seeds.json' with { type: 'json' };
import { rawSeedInputs } from '../../helpers/raw-seeds.ts';
import { articleFrom } from '../dates/article-from.ts';
import { readArticles } from '../../../src/core/reading/read-articles.ts';

/** The figures of one sentence as [value, about, kind]. */
function figuresOf(sentence: string): [string, string, string][] {
  return extractFigures(readArticles([articleFrom({ slug: 'a', published: '2025-11-27' }, [sentence])])).map((f) => [
    f.value,
    f.about,
    f.kind,
  ]);
}

describe('extractFigures', () => {
  it('returns figures with ids per article, sentence ids and value, about and kind', () => {
    const one = articleFrom({ slug: 'plan', published: '2025-11-27' }, ['No numbers here.', 'Kyiv has 600,000 troops.']);
    const two = articleFrom({ slug: 'alpha', published: '2025-11-20' }, ['The 28-point plan was cut to 22 points.']);
    expect(extractFigures(readArticles([one, two]))).toEqual([
      { id: 'plan#f-1', sentence: 'plan#s-2', value: '600,000', about: 'troops', kind: 'people' },
      { id: 'alpha#f-1', sentence: 'alpha#s-1', value: '28-point', about: 'points in the plan', kind: 'points' },
      { id: 'alpha#f-2', sentence: 'alpha#s-1', value: '22 points', about: 'points', kind: 'points' },
    ]);
  });

  it.each([
    ['Kyiv rejected three elements of the draft plan.', [['three', 'elements of the draft plan', 'count']]],
    ['There were three possible locations including Alaska.', [['three', 'possible locations', 'count']]],
    ['A missile strike killed one person on Friday.', [['one', 'person', 'people']]],
    ['A US envoy estimated combined casualties at 1.2 million in May.', [['1.2 million', 'combined casualties', 'people']]],
    [
      'The war has killed tens of thousands and displaced millions.',
      [
        ['tens of thousands', 'people killed', 'people'],
        ['millions', 'people displaced', 'people'],
      ],
    ],
    ['Both sides deny it, though thousands have died.', [['thousands', 'people died', 'people']]],
    ['Hostilities are claiming thousands of lives a week.', [['thousands', 'lives a week', 'people']]],
    ['Russia controls around a fifth of Ukraine.', [['around a fifth', 'ukraine', 'share']]],
    ['Russia controls about 19 percent of Ukraine.', [['about 19 percent', 'ukraine', 'share']]],
    ['Russia holds 20% of the territory.', [['20%', 'territory', 'share']]],
    ['Two-thirds of voters back talks.', [['Two-thirds', 'voters', 'share']]],
    ['Forces advanced by about 10km near Pokrovsk.', [['about 10km', 'advanced', 'distance']]],
    ['They held direct talks for nearly three hours.', [['nearly three hours', 'direct talks', 'duration']]],
    ['He failed in his first 10 months in office.', [['10 months', 'months in office', 'duration']]],
    ['The war, now in its fourth year, goes on.', [['fourth year', 'war', 'duration']]],
    ['Envoys proposed a 30-day truce.', [['30-day', 'truce', 'duration']]],
    ['Witkoff has met Putin five times.', [['five times', 'met putin', 'count']]],
    ['The EU agreed a €90bn loan for Kyiv.', [['€90bn', 'loan', 'money']]],
    ['Allies froze $300 billion in Russian central bank assets.', [['$300 billion', 'russian central bank', 'money']]],
    ['Moscow wants the 600,000-strong army reduced.', [['600,000-strong', 'army', 'people']]],
    ['Trump and Putin meet at 11.30 a.m. local time (1930GMT).', [['11.30 a.m. local time (1930GMT)', 'meet', 'time']]],
    ['The death toll rose to 12, officials said.', [['12', 'death toll', 'count']]],
    ['Umerov said 1,200 prisoners were exchanged.', [['1,200', 'prisoners', 'people']]],
    ["The plan would cap Ukraine's military at 800,000.", [['800,000', "ukraine's military", 'people']]],
    ['Zelensky wants guarantees to last 30 to 50 years.', [['30 to 50 years', 'years', 'duration']]],
    ['Elections could follow within 60-90 days of a ceasefire.', [['60-90 days', 'days of ceasefire', 'duration']]],
    ['Talks ended after two days of U.S.-brokered meetings.', [['two days', 'days of u.s.-brokered meetings', 'duration']]],
    ['Two sources told Reuters the talks stalled.', [['Two', 'sources', 'count']]],
  ])('%s', (sentence, expected) => {
    expect(figuresOf(sentence)).toEqual(expected);
  });

  it('finds the annotated seed figures in the same sentence', () => {
    const articles = rawSeedInputs().map(parseArticle);
    const figures = extractFigures(readArticles(articles));
    const flat = (text: string): string => text.replace(/\s+/g, ' ').toLowerCase();
    const core = (value: string): string =>
      flat(value)
        .replace(/^(about|around|nearly) /, '')
        .split(' ')[0] ?? '';
    const found = gold.figures.filter((g) => {
      const article = articles.find((a) => a.input.slug === `seed-${g.file.slice(0, 3)}`);
      const sentence = article?.sentences.find((s) => flat(s.text).includes(flat(g.sentence)));
      return figures.some((f) => f.sentence === sentence?.id && core(f.value) === core(g.value));
    });
    console.log(`seed figures found: ${found.length}/${gold.figures.length}, extracted ${figures.length}`);
    expect(found.length / gold.figures.length).toBeGreaterThanOrEqual(0.9);
    expect(figures.length).toBeLessThanOrEqual(gold.figures.length + 3);
  });

  it.each([
    ['Rubio spoke on Nov. 25 and again on 27 November.'],
    ['The war began in February 2022 and Crimea was seized in 2014.'],
    ['Kyiv wants more F-16 jets and S-400 systems are in place.'],
    ['Article 5 of the NATO treaty was mentioned at the G7.'],
    ['1. The first point of the plan concerns borders.'],
    ['A three-on-three meeting replaced the one-on-one talks.'],
    ['He suggested a three-way summit with Zelenskiy.'],
    ['It was one of the toughest moments of the war.'],
    ['One European diplomat said the other two were absent.'],
    ['The conflict has roots in the 1990s.'],
    ['A 45-year-old man was detained.'],
    ['The two sides agreed to meet again, and the three leaders spoke.'],
    [''],
  ])('finds no figure in %j', (sentence) => {
    expect(figuresOf(sentence)).toEqual([]);
  });
});
