import { describe, expect, it } from 'vitest';
import { clusterClaims } from '../../../src/core/claims/cluster-claims.ts';
import { extractEvents } from '../../../src/core/dates/extract-events.ts';
import { extractFigures } from '../../../src/core/figures/extract-figures.ts';
import { articleOf } from '../../../src/core/ids.ts';
import type { Claim, Statement } from '../../../src/core/model.ts';
import type { ParsedArticle } from '../../../src/core/stages.ts';
import { parseArticle } from '../../../src/core/text/parse-article.ts';
import { rawSeedInputs } from '../../helpers/raw-seeds.ts';
import { articleFrom, type ArticleSpec } from '../dates/article-from.ts';
import { readArticles } from '../../../src/core/reading/read-articles.ts';

/** Every sentence gets one topic unless told otherwise. */
function topicsOf(articles: readonly ParsedArticle[], topic = 'talks'): Map<string, string[]> {
  return new Map(articles.flatMap((a) => a.sentences.map((s) => [s.id, topic ? [topic] : []] as [string, string[]])));
}

/** Runs the dates and figures stages first, as the pipeline does. */
function claimsOf(articles: readonly ParsedArticle[], topics = topicsOf(articles), statements: Statement[] = []): Claim[] {
  const readings = readArticles(articles);
  return clusterClaims({ readings, topics, figures: extractFigures(readings), events: extractEvents(readings), statements });
}

/** Background sentences, so that document frequencies look like a real corpus. */
const filler = [
  'The Kremlin declined to comment on the report.',
  'European leaders met in Brussels to discuss defence spending.',
  'Air raid alerts sounded across eastern regions overnight.',
  'Energy prices rose sharply across the continent this winter.',
  'Officials gave no further details about the schedule.',
];

/** Two one-paragraph articles from two outlets, plus filler articles. */
function pair(first: string, second: string, dates: [string, string] = ['2025-11-20', '2025-11-21']): ParsedArticle[] {
  const spec = (slug: string, outlet: string, published: string): ArticleSpec => ({ slug, outlet, published });
  return [
    articleFrom(spec('first', 'Outlet A', dates[0]), [first, filler[0]!, filler[1]!]),
    articleFrom(spec('second', 'Outlet B', dates[1]), [filler[2]!, second, filler[3]!]),
    articleFrom(spec('third', 'Outlet C', '2025-11-19'), [filler[4]!, filler[0]!]),
  ];
}

/** The claim holding both `first#s-1` and `second#s-2`, if any. */
const joint = (claims: readonly Claim[]): Claim | undefined =>
  claims.find((c) => c.sentences.includes('first#s-1') && c.sentences.includes('second#s-2'));

describe('clusterClaims', () => {
  it('returns claims with members, outlets, independent sources, status, topics and first report', () => {
    const reuters = { wire: 'Reuters', published: '2025-11-21' };
    const articles = [
      articleFrom({ slug: 'sun', outlet: 'The Sun', ...reuters }, [
        'Umerov will lead the Ukrainian delegation at the talks in Geneva, Kyiv said.',
      ]),
      articleFrom({ slug: 'west', outlet: 'The West', ...reuters }, [
        'Kyiv said Umerov will lead the Ukrainian delegation at the talks in Geneva.',
      ]),
      articleFrom({ slug: 'kyiv', outlet: 'Kyiv Post', published: '2025-11-20' }, [
        'Rustem Umerov will lead the Ukrainian delegation at the Geneva talks.',
        'Snow fell in Kyiv.',
      ]),
    ];
    const topics = new Map([
      ['sun#s-1', ['talks']],
      ['west#s-1', ['talks', 'delegation']],
      ['kyiv#s-1', ['delegation']],
      ['kyiv#s-2', []],
    ]);
    const claims = clusterClaims({ readings: readArticles(articles), topics, figures: [], events: [], statements: [] });
    expect(claims).toHaveLength(1);
    const [claim] = claims;
    // The centre is the wire sentence linked most strongly (to its copy and to the paraphrase); the rest follow by date.
    expect(claim).toEqual({
      id: expect.stringMatching(/^c-[0-9a-f]{12}$/),
      kind: 'fact',
      summary: 'Umerov will lead the Ukrainian delegation at the talks in Geneva, Kyiv said.',
      sentences: ['sun#s-1', 'kyiv#s-1', 'west#s-1'],
      outlets: ['Kyiv Post', 'The Sun', 'The West'],
      independentSources: 2,
      status: 'corroborated',
      topics: ['talks', 'delegation'],
      firstReported: '2025-11-20',
    });
    expect(clusterClaims({ readings: readArticles([...articles].reverse()), topics, figures: [], events: [], statements: [] })).toEqual(
      claims,
    );
  });

  it('gathers a plan of 28 points, then 22, then 19 into one updated claim, its values in date order', () => {
    const articles = [
      articleFrom({ slug: 'early', outlet: 'Outlet A', published: '2025-11-21' }, [
        'Kyiv received a 28-point peace plan drafted in Washington.',
        filler[0]!,
      ]),
      articleFrom({ slug: 'middle', outlet: 'Outlet B', published: '2025-11-25' }, [
        filler[1]!,
        'The peace plan has been cut to 22 points after talks in Geneva.',
      ]),
      articleFrom({ slug: 'late', outlet: 'Outlet C', published: '2025-11-30' }, [
        'Negotiators have narrowed the peace plan to 19 points.',
        filler[2]!,
      ]),
    ];
    const claim = claimsOf(articles).find((c) => c.sentences.length === 3);
    expect(claim).toMatchObject({
      status: 'updated',
      values: ['28-point (Outlet A)', '22 points (Outlet B)', '19 points (Outlet C)'],
      independentSources: 3,
    });
    expect(articles.flatMap((a) => a.sentences).find((s) => s.id === claim?.sentences[0])?.text).toBe(claim?.summary);
  });

  it('links every member to the centre: a report like only one member stays out', () => {
    // The middle report shares the meeting with the first and the talks' outcome with the third; the
    // first and the third share nothing but names, so no claim holds both.
    const articles = [
      articleFrom({ slug: 'a', outlet: 'Outlet A', published: '2025-11-24' }, ['Umerov met Driscoll in Abu Dhabi on Monday.', filler[0]!]),
      articleFrom({ slug: 'b', outlet: 'Outlet B', published: '2025-11-24' }, [
        'Umerov and Driscoll met in Abu Dhabi on Monday and agreed on a prisoner exchange.',
        filler[1]!,
      ]),
      articleFrom({ slug: 'c', outlet: 'Outlet C', published: '2025-11-25' }, [
        'Umerov said Kyiv agreed on a prisoner exchange with Moscow.',
        filler[2]!,
      ]),
    ];
    const claims = claimsOf(articles);
    expect(claims.some((c) => c.sentences.includes('a#s-1') && c.sentences.includes('c#s-1'))).toBe(false);
  });

  it.each([
    [
      'Ukraine said 1,000 Russian soldiers were killed in the battle for Pokrovsk last week.',
      'Ukraine said 1,200 Russian soldiers were killed in the battle for Pokrovsk last week.',
      ['1,000 (Outlet A)', '1,200 (Outlet B)'],
    ],
    [
      'Washington presented Kyiv with a 28-point peace plan drafted by Witkoff and Dmitriev.',
      'Witkoff and Dmitriev drafted a 22-point peace plan that Washington presented to Kyiv.',
      ['28-point (Outlet A)', '22-point (Outlet B)'],
    ],
  ])('marks disagreeing figures as disputed: %s', (first, second, values) => {
    const claim = joint(claimsOf(pair(first, second)));
    expect(claim?.status).toBe('disputed');
    expect(claim?.values).toEqual(values);
  });

  it('marks a happening dated differently by two sources as disputed', () => {
    // Published Wednesday and Friday: "on Tuesday" is 2 December, "on Wednesday" 3 December.
    const articles = pair(
      'Witkoff and Kushner met Putin in the Kremlin on Tuesday to discuss the peace plan.',
      'Witkoff and Kushner met Putin in the Kremlin on Wednesday to discuss the peace plan.',
      ['2025-12-03', '2025-12-05'],
    );
    const claim = joint(claimsOf(articles));
    expect(claim?.status).toBe('disputed');
    expect(claim?.values).toEqual(['2025-12-02 (Outlet A)', '2025-12-03 (Outlet B)']);
  });

  it('keeps apart the same wording about days two weeks apart', () => {
    const text = 'Putin received Witkoff and Kushner in the Kremlin on Tuesday for talks on the peace plan.';
    expect(joint(claimsOf(pair(text, text, ['2025-12-03', '2025-12-17'])))).toBeUndefined();
    expect(joint(claimsOf(pair(text, text, ['2025-12-03', '2025-12-04'])))?.status).toBe('corroborated');
  });

  it('treats matching figures written differently as agreement', () => {
    const claim = joint(
      claimsOf(
        pair(
          'Russia controls around a fifth of Ukrainian territory, officials said.',
          'Russia controls about 19% of Ukrainian territory, officials said.',
        ),
      ),
    );
    expect(claim?.status).toBe('corroborated');
    expect(claim?.values).toBeUndefined();
  });

  it('counts wire copy in two outlets as one source, and keeps the claim', () => {
    const text = 'Witkoff will travel to Moscow next week to present the revised peace plan to Putin.';
    const articles = [
      articleFrom({ slug: 'a', outlet: 'Paper A', wire: 'Reuters', published: '2025-11-27' }, [text]),
      articleFrom({ slug: 'b', outlet: 'Paper B', wire: 'Reuters', published: '2025-11-27' }, [text]),
      articleFrom({ slug: 'c', outlet: 'Paper C', published: '2025-11-26' }, filler),
    ];
    const claim = claimsOf(articles).find((c) => c.sentences.length === 2);
    expect(claim).toMatchObject({ independentSources: 1, status: 'single-source', outlets: ['Paper A', 'Paper B'] });
  });

  it('keeps unmatched sentences only when they have a topic', () => {
    const articles = [articleFrom({ slug: 'solo', published: '2025-11-27' }, ['Umerov arrived in Geneva.', 'It rained.'])];
    const topics = new Map([
      ['solo#s-1', ['talks']],
      ['solo#s-2', []],
    ]);
    expect(
      clusterClaims({ readings: readArticles(articles), topics, figures: [], events: [], statements: [] }).map((c) => [
        c.sentences,
        c.status,
        c.independentSources,
      ]),
    ).toEqual([[['solo#s-1'], 'single-source', 1]]);
  });

  it('sorts by independent sources, then size, then first report, then id', () => {
    const claims = claimsOf(rawSeedInputs().map(parseArticle));
    const key = (c: Claim): [number, number, string, string] => [-c.independentSources, -c.sentences.length, c.firstReported, c.id];
    const sorted = [...claims].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      for (let i = 0; i < 4; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
      return 0;
    });
    expect(claims.map((c) => c.id)).toEqual(sorted.map((c) => c.id));
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });

  it('finds the Alaska summit on Friday in four seed articles as the top claim', () => {
    const claims = claimsOf(rawSeedInputs().map(parseArticle));
    const top = claims[0]!;
    expect(new Set(top.sentences.map(articleOf))).toEqual(new Set(['seed-000', 'seed-002', 'seed-003', 'seed-004']));
    // 002 and 003 are both Reuters copy: four articles, three independent sources.
    expect(top.independentSources).toBe(3);
    expect(top.status).toBe('corroborated');
    const multi = claims.filter((c) => new Set(c.sentences.map(articleOf)).size > 1);
    console.log(`seed claims across articles: ${multi.length}`);
    expect(multi.length).toBeGreaterThanOrEqual(4);
  });

  it('clusters 20,000 synthetic sentences correctly, with few chance links', () => {
    let seed = 12345;
    const random = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const letters = (n: number): string => (n < 26 ? '' : letters(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));
    // Background: twelve words per sentence from a 40,000-word vocabulary with Zipf frequencies.
    const vocabulary = Array.from({ length: 40_000 }, (_, i) => `w${letters(i)}`);
    const word = (): string => vocabulary[Math.min(39_999, Math.floor(Math.exp(random() * Math.log(40_001))) - 1)]!;
    const sentence = (): string => `${Array.from({ length: 12 }, word).join(' ')}.`;
    const texts = Array.from({ length: 2000 }, () => Array.from({ length: 10 }, sentence));
    const slug = (a: number): string => `a${String(a).padStart(4, '0')}`;
    // 300 planted reports: the same predicate and twelve rare words in two articles, with two words changed.
    const planted = new Map<string, string>();
    for (let p = 0; p < 300; p++) {
      const core = [...Array.from({ length: 11 }, (_, i) => `p${letters(p)}q${letters(i)}`), 'met'];
      texts[p]![0] = [...core, 'alpha', 'beta'].join(' ');
      texts[1000 + p]![0] = [...core.slice(2), 'gamma', 'delta', 'epsilon', 'zeta'].join(' ');
      planted.set(`${slug(p)}#s-1`, `${slug(1000 + p)}#s-1`);
      planted.set(`${slug(1000 + p)}#s-1`, `${slug(p)}#s-1`);
    }
    const articles = texts.map((own, a) => articleFrom({ slug: slug(a), outlet: `Outlet ${a % 50}`, published: '2025-11-27' }, own));
    const claims = clusterClaims({ readings: readArticles(articles), topics: new Map(), figures: [], events: [], statements: [] });
    const background = claims.filter((c) => !c.sentences.some((id) => planted.has(id)));
    for (const [id, partner] of planted) {
      const claim = claims.find((c) => c.sentences.includes(id));
      expect([...(claim?.sentences ?? [])].sort()).toEqual([id, partner].sort());
    }
    expect(background.length).toBeLessThan(20_000 * 0.02);
  });

  it.each([
    ['no articles', []],
    ['an article without sentences', [articleFrom({ slug: 'empty', published: '2025-11-27' }, [])]],
    [
      'only stop words',
      [
        articleFrom({ slug: 'x', published: '2025-11-27' }, ['It is what it is.']),
        articleFrom({ slug: 'y', published: '2025-11-27' }, ['It is what it is.']),
      ],
    ],
  ])('copes with %s', (_, articles) => {
    expect(clusterClaims({ readings: readArticles(articles), topics: new Map(), figures: [], events: [], statements: [] })).toEqual([]);
  });

  it('never joins two sentences of the same article on their own', () => {
    const article = articleFrom({ slug: 'echo', published: '2025-11-27' }, [
      'Witkoff will present the revised peace plan to Putin in Moscow.',
      'Witkoff will present the revised peace plan to Putin in Moscow.',
    ]);
    expect(
      clusterClaims({ readings: readArticles([article]), topics: topicsOf([article]), figures: [], events: [], statements: [] }).map(
        (c) => c.sentences,
      ),
    ).toEqual([['echo#s-1'], ['echo#s-2']]);
  });
});
