/**
 * A story of another kind, made the way a new user makes one (`build-sites.ts`: a fresh copy of the project,
 * `new-story`, the story's topics, register and places written, `ingest` of its raw folder, `build`): every kind
 * of page is there, topic pages wear their own colours and only the topic about who takes part lists formats,
 * participants are the story's own, share cards are drawn for every page, search finds the story, and nothing of
 * the default story leaks into it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/core/model.ts';
import { shareCards } from '../../src/og/share-cards.ts';
import { pngSize } from '../og/png-header.ts';
import { hasBrowser, launchBrowser, seriousAxeViolations, watchProblems } from './browser.ts';
import { serveSite, type Served } from './serve.ts';
import { htmlPages, listFiles, secondStorySite, secondStorySteps } from './sites.ts';

const site = secondStorySite;
const read = (file: string) => readFileSync(join(site.dir, file), 'utf8');
const briefing = JSON.parse(read('briefing.json')) as Briefing;
const files = listFiles(site.dir);
const steps = JSON.parse(readFileSync(secondStorySteps, 'utf8')) as { command: string; stdout: string; ms: number }[];
const document = (file: string) => parseHTML(read(file)).document;

describe('the second story, from a blank story to a built site', () => {
  it('took the commands a new user runs, each saying what it did', () => {
    expect(steps.map((step) => step.command)).toEqual(['new-story', 'ingest', 'build']);
    expect(steps[0]?.stdout).toContain('Started "The salmon duty dispute"');
    expect(steps[1]?.stdout.match(/^wrote articles\//gm)).toHaveLength(6);
    expect(steps[2]?.stdout).toContain('Briefing "The salmon duty dispute" as of 2026-03-19');
  });

  it('has every kind of page', () => {
    const expected = [
      'index.html',
      '404.html',
      'about/index.html',
      'search/index.html',
      'timeline/index.html',
      'updates/index.html',
      'sources/index.html',
      'participants/index.html',
      'briefing.json',
      'briefing.schema.json',
      'feeds/articles.xml',
      'feeds/updates.xml',
      'sitemap-index.xml',
      'robots.txt',
      'og/index.png',
      ...briefing.topics.map((topic) => `topics/${topic.id}/index.html`),
      ...briefing.articles.map((article) => `sources/${article.id}/index.html`),
      ...briefing.participants.map((participant) => `participants/${participant.id}/index.html`),
    ];
    expect(expected.filter((file) => !files.includes(file))).toEqual([]);
    expect(briefing.articles).toHaveLength(6);
    expect(briefing.claims.length).toBeGreaterThan(0);
    expect(briefing.events.length).toBeGreaterThan(0);
  });

  it.each([
    ['duty', 'The duty', 'colour-rust'],
    ['case', 'The WTO case', 'colour-blue'],
    ['jobs', 'Jobs and trade', 'colour-green'],
    ['talks', 'Who is talking', 'colour-purple'],
  ])('topic %s is titled %s and labelled in %s (jobs names no colour: the first one free)', (id, title, colour) => {
    const page = document(`topics/${id}/index.html`);
    expect(page.querySelector('h1')?.textContent).toBe(title);
    const labels = [
      ...document('index.html').querySelectorAll(`a.badge[href="/topics/${id}/"]`),
      ...document(`sources/${briefing.articles[0]?.id}/index.html`).querySelectorAll(`.badge[href="/topics/${id}/"]`),
    ];
    for (const label of labels) expect(label.getAttribute('class')).toBe(`badge ${colour}`);
    expect(briefing.topics.find((topic) => topic.id === id)?.colour).toBe(colour.slice('colour-'.length));
  });

  it("lists formats and meetings on the topic about who takes part only, with the story's own format names", () => {
    const talks = document('topics/talks/index.html');
    const headings = [...talks.querySelectorAll('h2')].map((heading) => heading.textContent);
    expect(headings).toContain('Formats and meetings');
    const heading = [...talks.querySelectorAll('h2')].find((element) => element.textContent === 'Formats and meetings');
    const formats = [...(heading?.nextElementSibling?.querySelectorAll('td:first-child') ?? [])].map((cell) => cell.textContent);
    expect(formats).toEqual(expect.arrayContaining(['eea joint committee', 'consultations', 'talks']));
    for (const id of ['duty', 'case', 'jobs']) expect(read(`topics/${id}/index.html`)).not.toContain('Formats and meetings');
  });

  it("shows the story's participants with their roles, and marks the one found in the text but not registered", () => {
    expect(document('participants/sigrid-aasen/index.html').querySelector('h1')?.textContent).toBe('Sigrid Aasen');
    expect(read('participants/sigrid-aasen/index.html')).toContain('Minister');
    const aasen = briefing.participants.find((participant) => participant.id === 'sigrid-aasen');
    expect(aasen).toMatchObject({ registered: true, kind: 'person', affiliation: 'Norway' });
    expect(briefing.quotes.filter((quote) => quote.speaker === 'sigrid-aasen').length).toBeGreaterThan(2);
    expect(briefing.participants).toContainEqual(expect.objectContaining({ name: 'Claire Dubois', registered: false }));
  });

  it("draws a share card for every page that has one, 1200 by 630, participant cards in the talks topic's colour", () => {
    const cards = shareCards(briefing, { title: briefing.title, description: '' });
    const images = [...new Set(cards.map((card) => card.image))];
    expect(images.filter((image) => !files.includes(image))).toEqual([]);
    for (const image of ['og/index.png', 'og/topics/talks.png', 'og/participants/sigrid-aasen.png']) {
      expect(pngSize(readFileSync(join(site.dir, image)))).toEqual({ width: 1200, height: 630 });
    }
    expect(cards.find((card) => card.path === 'participants/sigrid-aasen/')?.content).toMatchObject({ colour: 'purple' });
  });

  it('carries nothing of the default story', () => {
    const leaks = htmlPages(site).filter(({ html }) =>
      /Ukraine|Zelensk|Putin|Trump|Kremlin|coalition of the willing|Security guarantees/.test(html),
    );
    expect(leaks.map((page) => page.file)).toEqual([]);
  });
});

describe.runIf(hasBrowser())('the second story in a browser', () => {
  let browser: Browser;
  let served: Served;
  beforeAll(async () => {
    [browser, served] = await Promise.all([launchBrowser(), serveSite(site)]);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it.each([
    ['a participant', 'Aasen', '/participants/sigrid-aasen/'],
    ['a phrase from a quote', 'no basis in the rules', '/sources/2026-03-04-norway-asks-wto-to-rule-on-eu-salmon-duty/'],
    ['a topic', 'WTO case', '/topics/case/'],
  ])('search finds %s', async (_, query, expected) => {
    const page = await browser.newPage();
    await page.goto(`${served.home}search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
    const links = await page.$$eval('.pagefind-ui__result-link', (found) => found.map((link) => link.getAttribute('href') ?? ''));
    await page.close();
    expect(links).toContain(expected);
  });

  it.each(['', 'topics/talks/', 'topics/jobs/', 'participants/sigrid-aasen/'])(
    '/%s loads with no console error and no serious axe violation, light and dark',
    async (path) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
        const problems = watchProblems(page, new URL(served.home).origin);
        expect((await page.goto(`${served.home}${path}`))?.status()).toBe(200);
        const violations = await seriousAxeViolations(page);
        await page.close();
        expect(problems).toEqual([]);
        expect(violations).toEqual([]);
      }
    },
  );
});
