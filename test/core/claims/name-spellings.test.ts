import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../../src/boundary/load-inputs.ts';
import { analyze } from '../../../src/core/analyze.ts';
import { spellsSameName } from '../../../src/core/claims/name-spellings.ts';
import type { ArticleInput, Briefing } from '../../../src/core/model.ts';
import { isKeyPoint } from '../../../src/site/views/key-points.ts';
import { articleInput } from '../../helpers/article-input.ts';
import { defaultStory, storyInputs } from '../../helpers/stories.ts';

const root = resolve(import.meta.dirname, '../../..');
const story = loadInputs(root, storyInputs(defaultStory)).input;
const briefingOf = (articles: ArticleInput[]): Briefing => analyze({ ...story, articles });
const spellings = (briefing: Briefing) => briefing.claims.filter((claim) => claim.kind === 'spelling');

describe('spellsSameName', () => {
  it('pairs transliterations and spellings of one name', () => {
    expect(spellsSameName('Sergei', 'Sergey', true)).toBe(true);
    expect(spellsSameName('Zelenskiy', 'Zelenskyy', true)).toBe(true);
    expect(spellsSameName('Olexiy', 'Olexii', true)).toBe(true);
    expect(spellsSameName('Lviv', 'Lvov', false)).toBe(true);
  });

  it('keeps apart a name and its adjective, two names, and two cases of one spelling', () => {
    expect(spellsSameName('Ukraine', 'Ukrainian', false)).toBe(false);
    expect(spellsSameName('Russia', 'Russian', false)).toBe(false);
    expect(spellsSameName('Donald', 'Daniel', true)).toBe(false);
    expect(spellsSameName('NATO', 'Nato', false)).toBe(false);
  });
});

describe('nameSpellings', () => {
  const first = articleInput('2030-03-01-first', 'Foreign Minister Sergei Ivanov said on Monday the talks would resume.', {
    outlet: 'First Daily',
    published: '2030-03-01',
  });
  const second = articleInput(
    '2030-03-02-second',
    'The talks resumed in Vienna.\n\nForeign Minister Sergey Ivanov said on Tuesday the talks had gone well.',
    { outlet: 'Second Post', published: '2030-03-02' },
  );
  const third = articleInput('2030-03-03-third', 'Foreign Minister Sergey Ivanov left Vienna on Wednesday.', {
    outlet: 'Third Herald',
    published: '2030-03-03',
  });

  it('makes one claim of a name two sources spell differently, with each spelling and its first source', () => {
    const briefing = briefingOf([first, second, third]);
    const [claim, ...rest] = spellings(briefing);
    expect(rest).toEqual([]);
    expect(claim).toMatchObject({
      kind: 'spelling',
      status: 'disputed',
      summary: "The sources spell Sergey Ivanov's first name in two ways: Sergey and Sergei.",
      values: ['Sergei (First Daily)', 'Sergey (Second Post)'],
      sentences: ['2030-03-01-first#s-1', '2030-03-02-second#s-2', '2030-03-03-third#s-1'],
      outlets: ['First Daily', 'Second Post', 'Third Herald'],
      independentSources: 3,
      topics: [],
      firstReported: '2030-03-01',
    });
    expect(isKeyPoint(claim!)).toBe(false);
  });

  it('makes none when every source spells the name alike, or one article alone varies it', () => {
    expect(spellings(briefingOf([second, third]))).toEqual([]);
    const mixed = articleInput('2030-03-04-mixed', 'Foreign Minister Sergei Ivanov spoke. Later Sergey Ivanov left.', {
      outlet: 'Mixed Times',
      published: '2030-03-04',
    });
    expect(spellings(briefingOf([mixed]))).toEqual([]);
  });
});
