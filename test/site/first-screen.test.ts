/**
 * What a reader sees before scrolling: the home page's first screen holds "Where things stand", dated with the
 * newest article's day, and the first line under it, at desktop and phone widths, in light and dark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/core/model.ts';
import { formatDate } from '../../src/format/format-date.ts';
import { hasBrowser, launchBrowser } from './browser.ts';
import { serveSite, type Served } from './serve.ts';
import { rootSite } from './sites.ts';

const briefing = JSON.parse(readFileSync(join(rootSite.dir, 'briefing.json'), 'utf8')) as Briefing;
const newest =
  briefing.articles
    .map((article) => article.published)
    .sort()
    .at(-1) ?? '';

describe.runIf(hasBrowser())('the home page’s first screen', () => {
  let browser: Browser;
  let served: Served;
  beforeAll(async () => {
    [browser, served] = await Promise.all([launchBrowser(), serveSite(rootSite)]);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it.each([
    [1280, 800, 'light'],
    [1280, 800, 'dark'],
    [375, 667, 'light'],
    [375, 667, 'dark'],
  ] as const)('at %i × %i px (%s) holds where things stand, dated by the newest article', async (width, height, colorScheme) => {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme });
    await page.goto(served.home);
    const seen = await page.evaluate(() => {
      const box = (selector: string) => {
        const element = document.querySelector(selector);
        if (!element) return null;
        const rect = element.getBoundingClientRect();
        return { top: rect.top, bottom: rect.bottom, text: element.textContent?.replace(/\s+/g, ' ').trim() ?? '' };
      };
      return {
        heading: box('#stand'),
        time: document.querySelector('#stand time')?.getAttribute('datetime') ?? null,
        firstLine: box('.stand-line'),
        viewport: window.innerHeight,
      };
    });
    await page.close();
    expect(newest).toBe(briefing.asOf);
    expect(seen.heading?.text).toBe(`Where things stand as of ${formatDate(newest)}`);
    expect(seen.time).toBe(newest);
    expect(seen.heading?.top).toBeGreaterThanOrEqual(0);
    expect(seen.heading?.bottom).toBeLessThanOrEqual(seen.viewport);
    expect(seen.firstLine?.top).toBeLessThan(seen.viewport);
  });
});
