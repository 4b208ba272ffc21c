import { describe, expect, it } from 'vitest';
import type { CorpusSources } from '../../scripts/bench/generate-corpus.ts';
import { castMember, generateArticle, generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { pageAssets, pageKind } from '../../scripts/bench/page-weights.ts';
import { mulberry32, sample } from '../../scripts/bench/prng.ts';
import { spreadOf } from '../../scripts/bench/summarise-runs.ts';
import { parseArticleFile } from '../../src/boundary/parse-article-file.ts';

/** Two small wire-style articles, with a registered person to swap. */
const sources: CorpusSources = {
  articles: [
    {
      slug: 'a',
      paragraphs: [
        'Foreign Minister Sergei Lavrov said on Monday that talks in Geneva would resume.',
        'Lavrov said 12 delegates attended.',
        'The meeting lasted 3.5 hours.',
      ],
    },
    {
      slug: 'b',
      paragraphs: [
        'Rustem Umerov met envoys in Geneva on Nov. 27.',
        '"We are close," Umerov told reporters.',
        'About 1,500 troops were moved.',
      ],
    },
  ],
  people: [
    { fullForms: ['Sergei Lavrov'], surname: 'Lavrov' },
    { fullForms: ['Rustem Umerov'], surname: 'Umerov' },
  ],
};

describe('generateCorpus', () => {
  it('writes valid articles, the same for the same seed', () => {
    const first = generateCorpus(1, 5, sources);
    expect(first).toHaveLength(5);
    expect(generateCorpus(1, 5, sources)).toEqual(first);
    expect(generateCorpus(2, 5, sources)).not.toEqual(first);
    for (const file of first) {
      expect(file.name).toMatch(/^[a-z0-9-]+\.md$/);
      const parsed = parseArticleFile(`articles/${file.name}`, file.name.slice(0, -3), new TextEncoder().encode(file.text));
      expect(parsed.errors).toEqual([]);
      expect(parsed.article?.title.length).toBeGreaterThan(0);
    }
  });

  it('is a prefix: N + 1 articles are the N articles and one more', () => {
    const ten = generateCorpus(3, 10, sources);
    expect(generateCorpus(3, 9, sources)).toEqual(ten.slice(0, 9));
    expect(generateArticle(3, 9, sources)).toEqual(ten[9]);
  });

  it('swaps registered names, venues and numbers for generated ones', () => {
    const bodies = generateCorpus(1, 40, sources)
      .map((file) => file.text.split('\n---\n')[1] ?? '')
      .join('\n');
    const venues = new Set([...bodies.matchAll(/talks in ([A-Z][a-z]+(?: [A-Z][a-z]+)?) would resume/g)].map((match) => match[1]));
    expect(venues.size).toBeGreaterThan(3);
    expect(new Set(bodies.match(/\d+(?:\.\d+)? hours/g)).size).toBeGreaterThan(3);
    expect(bodies.match(/Lavrov/g)?.length ?? 0).toBeLessThan(40);
    const cast = new Set(Array.from({ length: 40 }, (_, index) => castMember(1, index).name));
    expect([...cast].filter((name) => bodies.includes(name)).length).toBeGreaterThan(10);
  });
});

describe('prng', () => {
  it.each([[1], [42]])('seed %i gives the same sequence twice, inside [0, 1)', (seed) => {
    const a = mulberry32(seed);
    const b = mulberry32(seed);
    for (let i = 0; i < 100; i += 1) {
      const value = a();
      expect(value).toBe(b());
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('samples distinct elements in list order', () => {
    const picked = sample(mulberry32(5), [1, 2, 3, 4, 5, 6], 3);
    expect(new Set(picked).size).toBe(3);
    expect([...picked].sort((a, b) => a - b)).toEqual(picked);
  });
});

describe('page weights', () => {
  it.each<[string, string]>([
    ['index.html', 'home'],
    ['404.html', '404'],
    ['about/index.html', 'about'],
    ['topics/territory/index.html', 'topics/*'],
    ['topics/territory/evidence/2/index.html', 'topics/*/*/*'],
  ])('%s is of kind %s', (page, kind) => {
    expect(pageKind(page)).toBe(kind);
  });

  it('counts linked and inline CSS and scripts, not JSON data', () => {
    const html =
      '<link rel="stylesheet" href="/missing.css"><style>p{}</style><script type="application/ld+json">{"a":1}</script><script>go()</script><script type="module" src="/x.js"></script>';
    expect(pageAssets(html, 'index.html', '/nonexistent')).toEqual({ css: 3, js: 4, scripts: ['/x.js'] });
  });
});

describe('spreadOf', () => {
  it.each<[number[], number, number, number]>([
    [[3], 3, 3, 3],
    [[5, 1, 3], 3, 1, 5],
    [[4, 1, 3, 2], 2.5, 1, 4],
  ])('%j has median %d, min %d, max %d', (values, median, min, max) => {
    expect(spreadOf(values)).toMatchObject({ median, min, max, runs: values });
  });

  it('refuses no runs', () => {
    expect(() => spreadOf([])).toThrow();
  });
});

describe('worst cases', () => {
  it('measures a case at 1x, 2x, 4x and 1 MB, and checks its targets against prose', async () => {
    const { measureWorstCases } = await import('../../scripts/bench/measure-worst-cases.ts');
    const { checkTargets } = await import('../../scripts/bench/check-targets.ts');
    const input = { title: 'T', articles: [], topics: [], registry: [] };
    const cases = [
      { name: 'prose', make: (s: number) => 'The talks went on. Officials said so.\n\n'.repeat(20 * s) },
      { name: 'marks', make: (s: number) => 'He said "'.repeat(50 * s) },
    ];
    const figures = measureWorstCases(input, 1, () => {}, cases);
    expect(figures.map((entry) => entry.name)).toEqual(['prose', 'marks']);
    for (const entry of figures) {
      expect(entry.sizes.map((size) => size.scale)).toEqual([1, 2, 4, 0]);
      expect(entry.sizes[3]!.kilobytes).toBeGreaterThan(1000);
      expect(entry.growth).toHaveLength(2);
    }
    const targets = checkTargets([], [], figures).map((check) => check.target);
    expect(targets).toEqual(['worst case "marks": at most 5x prose per KB', 'worst case "marks": growth per doubling at most 2.2']);
  }, 120_000);
});
