/** The search index covers exactly the pages the layout marks for search, and nothing else. */
import { readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCHABLE_PAGES } from '../../src/integration/index-search.ts';
import { htmlPages, rootSite, secondStorySite, subPathSite } from './sites.ts';

describe.each([rootSite, subPathSite, secondStorySite])('the search index of $dir', (site) => {
  const pages = htmlPages(site);
  const marked = pages.filter(({ html }) => html.includes('data-pagefind-body')).map(({ file }) => file);

  it('reads every page marked for search', () => {
    expect(marked.length).toBeGreaterThan(5);
    expect(marked.filter((file) => !matchesGlob(file, SEARCHABLE_PAGES))).toEqual([]);
  });

  it('holds as many pages as are marked', () => {
    const entry = JSON.parse(readFileSync(join(site.dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(marked.length);
  });

  it('leaves out the home page, lists, timeline, updates, evidence and claim pages, and the about, search, editors and not-found pages', () => {
    for (const file of [
      'index.html',
      'timeline/index.html',
      'updates/index.html',
      'sources/index.html',
      'participants/index.html',
      'about/index.html',
      'search/index.html',
      'editors/index.html',
      '404.html',
    ]) {
      expect(marked).not.toContain(file);
    }
    expect(marked.filter((file) => /^(topics\/[^/]+\/(evidence|speakers)|claims)\//.test(file))).toEqual([]);
  });

  it('makes every sentence of a source page a search sub-result titled with its paragraph, and keeps paragraph numbers and labels out of the index', () => {
    // The longest source page: every story has one of a few paragraphs at least.
    const source =
      pages
        .filter(({ file }) => /^sources\/[^/]+\/index\.html$/.test(file))
        .map(({ html }) => html)
        .sort((a, b) => b.length - a.length)[0] ?? '';
    const sentences = [...source.matchAll(/<span class="sentence" id="s-\d+" data-pagefind-title="Paragraph (\d+)">/g)];
    expect(sentences.length).toBeGreaterThan(5);
    expect(source).not.toMatch(/<a class="pnum"(?![^>]*data-pagefind-ignore)/);
    expect(source).not.toMatch(/<span class="labels"(?![^>]*data-pagefind-ignore)/);
  });
});
