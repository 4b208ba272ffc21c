/**
 * The timeline as built from the seeds: newest first by default with a link to oldest first, one entry per
 * happening with every article that tells it, scheduled happenings apart; and the participants topic never says
 * no one is left out when a headline says someone is.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleOf } from '../../src/core/ids.ts';
import type { Briefing } from '../../src/core/model.ts';
import { PAGE_SIZE, chunkNewestFirst } from '../../src/site/views/pages.ts';
import { plusOneSite, rootSite } from './sites.ts';

const briefing = JSON.parse(readFileSync(join(rootSite.dir, 'briefing.json'), 'utf8')) as Briefing;
const page = (path: string, site = rootSite) => parseHTML(readFileSync(join(site.dir, path, 'index.html'), 'utf8')).document;
const happened = briefing.happenings.filter((h) => !h.scheduled);
const scheduled = briefing.happenings.filter((h) => h.scheduled);
const articlesOf = (id: string) => {
  const happening = briefing.happenings.find((h) => h.id === id);
  return [...new Set(happening?.events.map(articleOf) ?? [])].sort();
};

/** The entries of the main list: those under a year heading. */
const entries = (document: Document) => [...document.querySelectorAll('section[aria-labelledby^="y-"] ol.happenings > li')];

/**
 * Every page of a paginated list whose first page is at `path`, in reading order. Newest first, the older pages
 * are numbered from the oldest (`timeline`, `timeline/3`, `timeline/2`, `timeline/1`); oldest first, the first
 * page is the oldest (`timeline/oldest`, `timeline/oldest/2`, ...).
 */
function allPages(path: string, order: 'newest' | 'oldest'): Document[] {
  const numbered: number[] = [];
  for (let n = order === 'newest' ? 1 : 2; existsSync(join(rootSite.dir, path, String(n), 'index.html')); n++) numbered.push(n);
  const older = (order === 'newest' ? numbered.reverse() : numbered).map((n) => page(`${path}/${n}`));
  return [page(path), ...older];
}

describe('the timeline', () => {
  const newestFirst = page('timeline');
  const oldestFirst = page('timeline/oldest');
  const scheduledPage = page('timeline/scheduled');
  const newestPages = allPages('timeline', 'newest');
  const oldestPages = allPages('timeline/oldest', 'oldest');

  it('opens newest first, in pages, and links to oldest first', () => {
    expect(entries(newestFirst).length).toBe(chunkNewestFirst(happened, PAGE_SIZE.timeline).first.length);
    const dates = newestPages.flatMap(entries).map((li) => li.querySelector('time')?.getAttribute('datetime') ?? '');
    expect(dates).toHaveLength(happened.length);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(newestFirst.querySelector('main a[href="/timeline/oldest/"]')?.textContent).toBe('Oldest first');
    const oldest = oldestPages.flatMap(entries).map((li) => li.getAttribute('id'));
    expect(oldest).toEqual(
      newestPages
        .flatMap(entries)
        .map((li) => li.getAttribute('id'))
        .reverse(),
    );
    expect(oldestFirst.querySelector('main a[href="/timeline/"]')?.textContent).toBe('Newest first');
  });

  it('has one entry per happening, each linking to every article that tells it', () => {
    const all = [...newestPages, scheduledPage].flatMap((document) => [...document.querySelectorAll('ol.happenings > li')]);
    const ids = all.map((li) => li.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(briefing.happenings.map((h) => h.id).sort());
    for (const li of all) {
      const linked = [...li.querySelectorAll(':scope > p.meta a[href^="/sources/"]')].map(
        (a) => (a.getAttribute('href') ?? '').split('/')[2],
      );
      expect([...new Set(linked)].sort(), li.getAttribute('id') ?? '').toEqual(articlesOf(li.getAttribute('id') ?? ''));
      expect(li.querySelectorAll('a[href*="#s-"]').length).toBeGreaterThan(0);
    }
  });

  it('keeps scheduled happenings apart, marked as scheduled, and links to them', () => {
    const apart = [
      ...scheduledPage.querySelectorAll('section[aria-labelledby="ahead"] li[id], section[aria-labelledby="announced"] li[id]'),
    ].map((li) => li.getAttribute('id'));
    expect(scheduled.length).toBeGreaterThan(0);
    expect([...apart].sort()).toEqual(scheduled.map((h) => h.id).sort());
    for (const li of entries(newestFirst)) expect(li.querySelector('.badge.scheduled')).toBeNull();
    for (const id of scheduled.map((h) => h.id))
      expect(scheduledPage.getElementById(id)?.querySelector('.badge.scheduled')?.textContent).toBe('scheduled');
    expect(newestFirst.querySelector('main a[href="/timeline/scheduled/"]')?.textContent).toBe(
      `${scheduled.length} scheduled happening${scheduled.length === 1 ? '' : 's'}`,
    );
  });

  it('puts the full sentences a click away', () => {
    const summit = briefing.happenings.reduce((most, h) => (h.events.length > most.events.length ? h : most));
    const details = newestFirst.getElementById(summit.id)?.querySelector('details');
    expect(details?.querySelector('summary')?.textContent).toMatch(/^The \d+ sentences that tell it$/);
    expect(details?.querySelectorAll('li').length).toBeGreaterThan(1);
  });
});

describe('the home page after an article with a newer development', () => {
  it('dates where things stand by the new article', () => {
    expect(page('', plusOneSite).querySelector('#stand time')?.getAttribute('datetime')).toBe('2025-11-30');
    expect(page('').querySelector('#stand time')?.getAttribute('datetime')).toBe('2025-11-27');
  });
});

describe('who is said to be left out', () => {
  it('reads headlines too, and never claims no one is', () => {
    const topic = page('topics/participants');
    const text = topic.querySelector('main')?.textContent ?? '';
    expect(text).toContain('Donald Trump and Vladimir Putin meet in Alaska to discuss peace without Ukraine.');
    expect(text).not.toMatch(/No (source|headline)[^.]* says anyone is left out/);
  });
});
