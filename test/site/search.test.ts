/**
 * Search works in a browser, under a base path, from this site alone: a participant's name and a phrase from a
 * quote find the right pages, and the search page asks no other origin for anything.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser } from './browser.ts';
import { serveSite, type Served } from './serve.ts';
import { subPathSite } from './sites.ts';

async function search(page: Page, home: string, query: string): Promise<string[]> {
  await page.goto(`${home}search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
  return page.$$eval('.pagefind-ui__result-link', (links) => links.map((link) => link.getAttribute('href') ?? ''));
}

describe.runIf(hasBrowser())('search', () => {
  let browser: Browser;
  let served: Served;
  beforeAll(async () => {
    [browser, served] = await Promise.all([launchBrowser(), serveSite(subPathSite)]);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it.each([
    ['a participant', 'Fiona Hill', /\/briefing\/participants\/fiona-hill\//],
    ['a phrase from a quote', 'look him in the eye', /\/briefing\/sources\/2025-08-14-talks-on-security-guarantees-needed-for-ukraine-peace-rubio\//],
    ['a topic', 'security guarantees', /\/briefing\/topics\/guarantees\//],
  ])('finds %s', async (_, query, expected) => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== new URL(served.home).origin) foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    const links = await search(page, served.home, query);
    await page.close();
    expect(links.some((link) => expected.test(link))).toBe(true);
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('offers filters by topic, outlet and participant', async () => {
    const page = await browser.newPage();
    await search(page, served.home, 'Putin');
    const filters = await page.$$eval('.pagefind-ui__filter-name', (names) => names.map((name) => name.textContent?.trim().toLowerCase()));
    await page.close();
    expect(filters).toEqual(expect.arrayContaining(['topic', 'outlet', 'participant']));
  });
});
