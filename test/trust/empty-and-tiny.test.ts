/**
 * Promise 4, empty and tiny: with no articles the build makes a valid empty-state site (every page that can
 * exist without articles, valid feeds and sitemap); with one article it makes every kind of page. Both sites
 * pass html-validate and show no `NaN`, `undefined` or `Infinity` that an empty list can leave behind.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentPaths } from '../../src/boundary/load-inputs.ts';
import { defaultStory } from '../helpers/stories.ts';
import { ADDRESSED, projectRoot, runBuild, type BuildRun } from './lib/build.ts';
import { copyFixtures, tempDir, writeArticles } from './lib/stage.ts';
import { listFiles } from './lib/tree.ts';
import { htmlErrors } from './lib/validate-html.ts';
import { feedItems, xmlProblem } from './lib/xml.ts';

const pagesDir = join(projectRoot, 'src', 'pages');
/** The default story's topics, whose pages the builds here (with its editorial data) make. */
const topicIds = readdirSync(contentPaths(defaultStory.content).topics).map((name) => name.replace(/\.mdx?$/, ''));

/**
 * What each route of `src/pages` must produce: [with no articles, with one article]. `null`: nothing is
 * required. A pattern names files that must exist (at least one match). A new route fails the first test
 * until it is listed here.
 */
const ROUTES: Record<string, [RegExp | null, RegExp | null]> = {
  '404.astro': [/^404\.html$/, /^404\.html$/],
  'about.astro': [/^about\/index\.html$/, /^about\/index\.html$/],
  '[briefing].json.ts': [/^briefing\.json$/, /^briefing\.json$/],
  // A claim has a page of its own only when it has more reports than a claim card lists.
  'claims/[id]/[...page].astro': [null, null],
  // Built with a site address: without one there are no feeds (README, Deploying).
  'feeds/[feed].xml.ts': [/^feeds\/updates\.xml$/, /^feeds\/articles\.xml$/],
  'editors.astro': [/^editors\/index\.html$/, /^editors\/index\.html$/],
  'index.astro': [/^index\.html$/, /^index\.html$/],
  'og/[...card].png.ts': [/^og\/.+\.png$/, /^og\/sources\/.+\.png$/],
  'participants/[...page].astro': [/^participants\/index\.html$/, /^participants\/index\.html$/],
  'participants/[id].astro': [null, /^participants\/[^/]+\/index\.html$/],
  'robots.txt.ts': [/^robots\.txt$/, /^robots\.txt$/],
  'search.astro': [/^search\/index\.html$/, /^search\/index\.html$/],
  'sources/[...page].astro': [/^sources\/index\.html$/, /^sources\/index\.html$/],
  'sources/[slug].astro': [null, /^sources\/2025-12-02-kushner-and-witkoff-meet-putin\/index\.html$/],
  'timeline/[...page].astro': [/^timeline\/index\.html$/, /^timeline\/index\.html$/],
  'timeline/oldest/[...page].astro': [/^timeline\/oldest\/index\.html$/, /^timeline\/oldest\/index\.html$/],
  'timeline/scheduled/[...page].astro': [/^timeline\/scheduled\/index\.html$/, /^timeline\/scheduled\/index\.html$/],
  'topics/[id].astro': [/^topics\/[^/]+\/index\.html$/, /^topics\/[^/]+\/index\.html$/],
  // A topic's evidence has pages of its own only when it overflows what the topic page shows.
  'topics/[id]/evidence/[...page].astro': [null, null],
  'topics/[id]/speakers/[...page].astro': [/^topics\/[^/]+\/speakers\/index\.html$/, /^topics\/[^/]+\/speakers\/index\.html$/],
  'updates/[...page].astro': [/^updates\/index\.html$/, /^updates\/index\.html$/],
};

/** Route files of `src/pages`, `/`-separated. */
function routeFiles(dir = pagesDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? routeFiles(join(dir, entry.name)) : [relative(pagesDir, join(dir, entry.name)).split(sep).join('/')],
  );
}

/** Text a template prints when an empty list or a missing value reaches it. */
const LEFTOVERS = /\b(?:NaN|undefined|Infinity|null)\b|\[object Object\]/;

function leftovers(dist: string): string[] {
  return listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) => {
      const { document } = parseHTML(readFileSync(join(dist, file), 'utf8'));
      const texts = [
        document.body?.textContent ?? '',
        ...[...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((a) => a.value)),
      ];
      return texts.filter((text) => LEFTOVERS.test(text)).map((text) => `${file}: ${text.match(LEFTOVERS)?.[0]} in "${text.slice(0, 80)}"`);
    });
}

const scratch = tempDir('tiny');
afterAll(scratch.remove);

it('knows what every route of src/pages must produce', () => {
  expect(routeFiles().sort()).toEqual(Object.keys(ROUTES).sort());
});

describe.each([
  ['no articles', 0, (dir: string) => writeArticles(dir, { '.gitkeep': '' })],
  ['one article', 1, (dir: string) => copyFixtures(dir, ['good/2025-12-02-kushner-and-witkoff-meet-putin.md'])],
] as const)('a site with %s', (name, count, stage) => {
  const dist = join(scratch.dir, name.replace(/\W+/g, '-'), 'dist');
  let run: BuildRun;
  let files: string[] = [];
  beforeAll(() => {
    const articles = join(scratch.dir, name.replace(/\W+/g, '-'), 'articles');
    stage(articles);
    run = runBuild({ articles, out: dist, env: ADDRESSED });
    files = listFiles(dist);
  });

  it('builds without an error or a warning about the content', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/\berror\b/i);
  });

  it('makes every page that can exist with this many articles, and a page for every topic', () => {
    const missing = Object.entries(ROUTES).flatMap(([route, expected]) => {
      const pattern = expected[count];
      return pattern && !files.some((file) => pattern.test(file)) ? [`${route} → ${pattern}`] : [];
    });
    expect(missing).toEqual([]);
    for (const id of topicIds) expect(files).toContain(`topics/${id}/index.html`);
  });

  it(`writes briefing.json with ${count} article(s)`, () => {
    const briefing = JSON.parse(readFileSync(join(dist, 'briefing.json'), 'utf8')) as { articles: unknown[]; topics: unknown[] };
    expect(briefing.articles).toHaveLength(count);
    expect(briefing.topics).toHaveLength(topicIds.length);
  });

  it(`writes well-formed feeds with ${count} article item(s) and a well-formed sitemap`, () => {
    const xml = files.filter((file) => file.endsWith('.xml'));
    expect(xml.length).toBeGreaterThan(0);
    for (const file of xml) expect(xmlProblem(readFileSync(join(dist, file), 'utf8')), file).toBeNull();
    if (existsSync(join(dist, 'feeds', 'articles.xml')))
      expect(feedItems(readFileSync(join(dist, 'feeds', 'articles.xml'), 'utf8'))).toHaveLength(count);
  });

  it('gives every page a share image that exists', () => {
    const missing = files
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) => {
        const image = parseHTML(readFileSync(join(dist, file), 'utf8'))
          .document.querySelector('meta[property="og:image"]')
          ?.getAttribute('content');
        const path = image ? new URL(image).pathname.slice(1) : '';
        return files.includes(path) ? [] : [`${file}: ${image ?? 'no og:image'}`];
      });
    expect(missing).toEqual([]);
  });

  it('passes html-validate on every page', async () => {
    expect(await htmlErrors(dist)).toEqual([]);
  });

  it('prints no NaN, undefined, Infinity or null on any page', () => {
    expect(leftovers(dist)).toEqual([]);
  });
});
