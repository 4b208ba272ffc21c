/**
 * An editor adds a sixth article and rebuilds: it shows on the updates page, in both feeds, in search and in
 * briefing.json, with the person it introduces and the figure it changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser } from './browser.ts';
import { serveSite, type Served } from './serve.ts';
import { plusOneSite } from './sites.ts';

const id = '2025-11-30-ukraine-delegation-heads-to-florida';
const read = (file: string) => readFileSync(join(plusOneSite.dir, file), 'utf8');

describe('a sixth article, after a rebuild', () => {
  it('is in briefing.json with its new participant', () => {
    const briefing = JSON.parse(read('briefing.json')) as {
      asOf: string;
      articles: { id: string }[];
      participants: { name: string; registered: boolean }[];
    };
    expect(briefing.articles.map((article) => article.id)).toContain(id);
    expect(briefing.asOf).toBe('2025-11-30');
    expect(briefing.participants).toContainEqual(expect.objectContaining({ name: 'Olena Kovalchuk', registered: false }));
  });

  it('leads the updates page with what it added and changed', () => {
    const html = read('updates/index.html');
    const first = html.indexOf('<section class="update"');
    const section = html.slice(first, html.indexOf('</section>', first));
    expect(section).toContain(`id="update-${id}"`);
    expect(section).toContain('Olena Kovalchuk');
    expect(section).toMatch(/Figure changed: <strong>19 points<\/strong>/);
  });

  it.each(['feeds/articles.xml', 'feeds/updates.xml'])('is the newest item of %s', (feed) => {
    const xml = read(feed);
    const firstItem = xml.slice(xml.indexOf('<item>'), xml.indexOf('</item>'));
    expect(firstItem).toContain(id);
  });

  describe.runIf(hasBrowser())('in search', () => {
    let browser: Browser;
    let served: Served;
    beforeAll(async () => {
      [browser, served] = await Promise.all([launchBrowser(), serveSite(plusOneSite)]);
    });
    afterAll(async () => {
      await browser?.close();
      await served?.close();
    });

    it('is found by a word only it uses', async () => {
      const page = await browser.newPage();
      await page.goto(`${served.home}search/?q=marigold`);
      await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
      const links = await page.$$eval('.pagefind-ui__result-link', (all) => all.map((link) => link.getAttribute('href') ?? ''));
      await page.close();
      expect(links).toContain(`/sources/${id}/`);
    });
  });
});
