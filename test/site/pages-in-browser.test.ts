/**
 * A reader's view: key pages at desktop and phone widths load with no console error, no request to another
 * origin, and no serious or critical accessibility violation (axe-core). Screenshots go to test/.tmp, not the repo.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser, seriousAxeViolations, watchProblems } from './browser.ts';
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
  ['timeline oldest first', 'timeline/oldest/'],
  ['about', 'about/'],
] as const;

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
  ] as const)('at %i px, %s colour scheme', (width, colorScheme) => {
    it.each(pages)('%s has no console error, no foreign request and no serious axe violation', async (name, path) => {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      const problems = watchProblems(page, new URL(served.home).origin);
      const response = await page.goto(`${served.home}${path}`);
      expect(response?.status()).toBe(200);
      const violations = await seriousAxeViolations(page);
      await page.screenshot({ path: join(shots, `${name.replace(/\W+/g, '-')}-${width}-${colorScheme}.png`), fullPage: false });
      await page.close();
      expect(problems).toEqual([]);
      expect(violations).toEqual([]);
    });
  });

  it('highlights a linked sentence on arrival', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.home}sources/${briefing.articles[0]?.id}/#s-2`);
    const background = await page.$eval('#s-2', (element) => getComputedStyle(element).backgroundColor);
    await page.close();
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });
});
