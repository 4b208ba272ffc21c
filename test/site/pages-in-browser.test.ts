/**
 * A reader's view: key pages at desktop and phone widths, in light and dark, load with no console error, no
 * request to another origin and no serious or critical accessibility violation (axe-core); show no editors'
 * vocabulary; fit the screen; and give every chart a table of the same data, with labels at the page's type
 * size. Screenshots go to test/.tmp, not the repo.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser, seriousAxeViolations, watchProblems } from './browser.ts';
import { editorWordsIn } from './editor-vocabulary.ts';
import { serveSite, type Served } from './serve.ts';
import { projectRoot, rootSite } from './sites.ts';

const shots = join(projectRoot, 'test', '.tmp', 'screenshots');
const briefing = JSON.parse(readFileSync(join(rootSite.dir, 'briefing.json'), 'utf8')) as {
  articles: { id: string }[];
  participants: { id: string }[];
};
const pages = [
  ['home', ''],
  ['topic guarantees', 'topics/guarantees/'],
  ['topic territory', 'topics/territory/'],
  ['topic ceasefire', 'topics/ceasefire-vs-peace-deal/'],
  ['topic participants', 'topics/participants/'],
  ['participants', 'participants/'],
  ['participant', `participants/${briefing.participants[0]?.id}/`],
  ['source', `sources/${briefing.articles[0]?.id}/`],
  ['timeline', 'timeline/'],
  ['updates', 'updates/'],
  ['sources', 'sources/'],
  ['timeline oldest first', 'timeline/oldest/'],
  ['about', 'about/'],
] as const;

/** What the page shows a reader, article text (`dir="auto"`) left out: the editors' vocabulary is looked for here. */
function readerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const element of body.querySelectorAll('[dir="auto"], script, [hidden]')) element.remove();
    return `${document.title}\n${body.textContent ?? ''}`;
  });
}

/** Charts that break a promise: an SVG that is neither hidden nor a labelled image, a chart with no table of its data, labels under 12 px, or a chart wider than its box. */
function chartProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const svg of document.querySelectorAll('main svg')) {
      if (svg.getAttribute('aria-hidden') === 'true') continue;
      if (svg.getAttribute('role') !== 'img' || !svg.getAttribute('aria-label'))
        problems.push(`svg without role="img" and a label: ${svg.outerHTML.slice(0, 80)}`);
      const chart = svg.closest('.charts') ?? svg.closest('.chart');
      const table = chart?.querySelector('table');
      if (!table || table.querySelectorAll('th').length === 0)
        problems.push(`chart without a table of its data: ${svg.getAttribute('aria-label')}`);
      if (svg.querySelector('text')) problems.push(`text drawn inside a chart, which shrinks with it: ${svg.getAttribute('aria-label')}`);
    }
    for (const chart of document.querySelectorAll('.chart')) {
      if (chart.scrollWidth > chart.clientWidth + 1)
        problems.push(`chart wider than its box: ${chart.querySelector('figcaption')?.textContent}`);
      for (const element of chart.querySelectorAll('figcaption, p, span')) {
        const size = Number.parseFloat(getComputedStyle(element).fontSize);
        if (element.textContent?.trim() && size < 12) problems.push(`label of ${size}px: "${element.textContent.trim().slice(0, 40)}"`);
      }
      for (const axis of ['.chart-y-label', '.chart-x-label']) {
        if (!chart.querySelector(axis)?.textContent?.trim())
          problems.push(`chart without ${axis}: ${chart.querySelector('figcaption')?.textContent}`);
      }
    }
    return problems;
  });
}

describe.runIf(hasBrowser())('pages in a browser', () => {
  let browser: Browser;
  let served: Served;
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    [browser, served] = await Promise.all([launchBrowser(), serveSite(rootSite)]);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  describe.each([
    [1280, 'light'],
    [375, 'light'],
    [1280, 'dark'],
    [375, 'dark'],
  ] as const)('at %i px, %s colour scheme', (width, colorScheme) => {
    it.each(pages)(
      '%s has no console error, no foreign request, no serious axe violation, no editors’ vocabulary, fits, and charts its data in tables',
      async (name, path) => {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        const problems = watchProblems(page, new URL(served.home).origin);
        const response = await page.goto(`${served.home}${path}`);
        expect(response?.status()).toBe(200);
        const violations = await seriousAxeViolations(page);
        const words = editorWordsIn(await readerText(page));
        const charts = await chartProblems(page);
        const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
        await page.screenshot({ path: join(shots, `${name.replace(/\W+/g, '-')}-${width}-${colorScheme}.png`), fullPage: false });
        await page.close();
        expect(problems).toEqual([]);
        expect(violations).toEqual([]);
        expect(words).toEqual([]);
        expect(charts).toEqual([]);
        expect(fits).toBe(true);
      },
    );
  });

  it.each([
    ['home', '', 1],
    ['topic', 'topics/guarantees/', 2],
    ['participant', 'participants/donald-trump/', 5],
  ])('the %s page has its charts, each with a table', async (_, path, count) => {
    const page = await browser.newPage({ viewport: { width: 375, height: 900 } });
    await page.goto(`${served.home}${path}`);
    const svgs = await page.$$eval('main svg[role="img"]', (all) => all.length);
    const problems = await chartProblems(page);
    await page.close();
    expect(svgs).toBe(count);
    expect(problems).toEqual([]);
  });

  it('highlights a linked sentence on arrival', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.home}sources/${briefing.articles[0]?.id}/#s-2`);
    const background = await page.$eval('#s-2', (element) => getComputedStyle(element).backgroundColor);
    await page.close();
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });
});
