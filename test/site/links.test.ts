/**
 * No broken internal link, asset, image or sentence anchor anywhere, at the domain root and under a base path.
 * Every `href` and `src` of every page is checked; fragments must name an element id on the target page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { anchorOf } from '../../src/core/ids.ts';
import { htmlPages, listFiles, originOf, rootSite, secondStorySite, subPathSite, type BuiltSite } from './sites.ts';

function idsOf(html: string): Set<string> {
  const { document } = parseHTML(html);
  return new Set([...document.querySelectorAll('[id]')].map((element) => element.getAttribute('id') ?? ''));
}

/** Internal references of one page: [attribute value, resolved site path, fragment]. */
function references(site: BuiltSite, file: string, html: string): { raw: string; path: string; fragment: string }[] {
  const { document } = parseHTML(html);
  const pageUrl = new URL(`${site.base}${file.replace(/index\.html$/, '')}`, originOf(site));
  const values = [...document.querySelectorAll('[href], [src]')].flatMap((element) =>
    ['href', 'src'].map((name) => element.getAttribute(name)).filter((value): value is string => value !== null),
  );
  return values.flatMap((raw) => {
    const url = new URL(raw, pageUrl);
    if (url.origin !== originOf(site)) return [];
    return [{ raw, path: decodeURIComponent(url.pathname), fragment: decodeURIComponent(url.hash.slice(1)) }];
  });
}

function fileFor(site: BuiltSite, path: string): string | null {
  if (!path.startsWith(site.base)) return null;
  const rest = path.slice(site.base.length);
  const candidate = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
  return existsSync(join(site.dir, candidate)) ? candidate : null;
}

describe.each([rootSite, subPathSite, secondStorySite])('links in the site built in $dir', (site) => {
  const pages = htmlPages(site);
  const ids = new Map<string, Set<string>>();
  const idsFor = (file: string) => {
    if (!ids.has(file)) ids.set(file, idsOf(readFileSync(join(site.dir, file), 'utf8')));
    return ids.get(file) as Set<string>;
  };

  it('has the pages a reader expects', () => {
    const files = listFiles(site.dir);
    for (const page of [
      'index.html',
      'about/index.html',
      'timeline/index.html',
      'participants/index.html',
      'sources/index.html',
      '404.html',
      'briefing.json',
    ]) {
      expect(files).toContain(page);
    }
    const briefing = JSON.parse(readFileSync(join(site.dir, 'briefing.json'), 'utf8')) as { articles: unknown[]; topics: { id: string }[] };
    expect(briefing.topics.length).toBeGreaterThan(3);
    for (const topic of briefing.topics) expect(files).toContain(`topics/${topic.id}/index.html`);
    expect(files.filter((file) => /^sources\/[^/]+\/index\.html$/.test(file))).toHaveLength(briefing.articles.length);
  });

  it('resolves every internal href and src to a file, and every fragment to an element id', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const { file, html } of pages) {
      for (const reference of references(site, file, html)) {
        checked += 1;
        const target = fileFor(site, reference.path);
        if (!target) {
          broken.push(`${file}: ${reference.raw} (no file)`);
          continue;
        }
        if (reference.fragment && target.endsWith('.html') && !idsFor(target).has(reference.fragment)) {
          broken.push(`${file}: ${reference.raw} (no id "${reference.fragment}" in ${target})`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('links every sentence id of briefing.json to an anchor on its source page', () => {
    const briefing = JSON.parse(readFileSync(join(site.dir, 'briefing.json'), 'utf8')) as {
      articles: { id: string; sentences: { id: string }[] }[];
    };
    for (const article of briefing.articles) {
      const anchors = idsFor(`sources/${article.id}/index.html`);
      for (const sentence of article.sentences) expect(anchors).toContain(anchorOf(sentence.id));
    }
  });
});
