/**
 * Plain words on every public page: no editors' vocabulary (the list in `editor-vocabulary.ts`) in what a
 * reader sees, nor in titles and descriptions; the editors' page has it, linked from no reader's page, out of
 * search and marked noindex. "Independent source" is explained where the home page first uses it, and every
 * topic background is labelled as the editors' context with the day it was written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { editorWordsIn } from './editor-vocabulary.ts';
import { htmlPages, rootSite, subPathSite } from './sites.ts';

/** What a reader reads on a page: its title, description and body text, article text (`dir="auto"`) left out. */
export function readerText(html: string): string {
  const { document } = parseHTML(html);
  for (const element of document.querySelectorAll('[dir="auto"], script, style, [hidden]')) element.remove();
  const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  return [document.title, description, document.body?.textContent ?? ''].join('\n');
}

const isEditors = (file: string) => file === 'editors/index.html';

describe.each([rootSite, subPathSite])('the pages of $dir', (site) => {
  const pages = htmlPages(site);

  it('show no editors’ vocabulary, on any page but the editors’ page', () => {
    const public_ = pages.filter(({ file }) => !isEditors(file));
    expect(public_.length).toBeGreaterThan(40);
    expect(public_.flatMap(({ file, html }) => editorWordsIn(readerText(html)).map((found) => `${file}: ${found}`))).toEqual([]);
  });

  it('keep the editors’ page for editors: it has that vocabulary, no page links to it, and it is noindex and out of search', () => {
    const editors = pages.find(({ file }) => isEditors(file))?.html ?? '';
    expect(editorWordsIn(readerText(editors)).length).toBeGreaterThan(3);
    expect(editors).toContain('<meta name="robots" content="noindex">');
    expect(editors).not.toContain('data-pagefind-body');
    expect(pages.filter(({ html }) => /href="[^"]*editors\//.test(html)).map(({ file }) => file)).toEqual([]);
  });
});

describe('words a reader needs explained', () => {
  const home = readFileSync(join(rootSite.dir, 'index.html'), 'utf8');

  it('explains “independent source” in one sentence right after the home page first uses it', () => {
    const text = readerText(home);
    const first = text.search(/independent sources?/i);
    const explained = text.indexOf('Outlets that run the same news agency story count as one independent source.');
    expect(first).toBeGreaterThan(-1);
    expect(explained).toBeGreaterThan(first);
    expect(text.slice(first, explained).match(/independent sources?/gi)).toHaveLength(1);
  });

  it.each(['guarantees', 'territory', 'ceasefire-vs-peace-deal', 'participants'])(
    'labels the background of %s as the editors’ context, with the day it was written',
    (topic) => {
      const { document } = parseHTML(readFileSync(join(rootSite.dir, 'topics', topic, 'index.html'), 'utf8'));
      const section = document.querySelector('section.editors-context');
      expect(section?.querySelector('h2')?.textContent).toBe("Editors' context");
      expect(section?.querySelector('.meta')?.textContent).toMatch(/^Written by the editors on \d{1,2} [A-Z][a-z]+ \d{4}: /);
      expect(section?.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(section?.querySelectorAll('p').length).toBeGreaterThan(1);
    },
  );
});
