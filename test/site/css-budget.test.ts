/**
 * Every page loads less than 20 KB of CSS: the stylesheets it links (and any they `@import`) plus inline
 * `<style>`, counted in bytes as served, before compression.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlPages, originOf, rootSite, secondStorySite, subPathSite, type BuiltSite } from './sites.ts';

const BUDGET = 20 * 1024;

/** Bytes of the stylesheet at `url` and of those it imports; a stylesheet counts once per page. */
function sheetBytes(site: BuiltSite, url: URL, seen: Set<string>): number {
  if (seen.has(url.pathname)) return 0;
  seen.add(url.pathname);
  const file = join(site.dir, decodeURIComponent(url.pathname).slice(site.base.length));
  if (!url.pathname.startsWith(site.base) || !existsSync(file)) throw new Error(`stylesheet ${url.href} is not in the site`);
  const css = readFileSync(file);
  const imports = [...css.toString('utf8').matchAll(/@import\s+(?:url\()?\s*['"]?([^'")\s;]+)/g)];
  return css.byteLength + imports.reduce((sum, [, target = '']) => sum + sheetBytes(site, new URL(target, url), seen), 0);
}

/** The CSS one page loads: its linked stylesheets and inline style elements. */
function pageCss(site: BuiltSite, file: string, html: string): { sheets: number; bytes: number } {
  const { document } = parseHTML(html);
  const pageUrl = new URL(`${site.base}${file.replace(/index\.html$/, '')}`, originOf(site));
  const seen = new Set<string>();
  const links = [...document.querySelectorAll('link[rel~="stylesheet"][href]')];
  const styles = [...document.querySelectorAll('style')];
  const linked = links.reduce((sum, link) => sum + sheetBytes(site, new URL(link.getAttribute('href') ?? '', pageUrl), seen), 0);
  const inline = styles.reduce((sum, style) => sum + Buffer.byteLength(style.textContent ?? ''), 0);
  return { sheets: links.length + styles.length, bytes: linked + inline };
}

describe.each([rootSite, subPathSite, secondStorySite])('CSS of the site built in $dir', (site) => {
  const pages = htmlPages(site).map(({ file, html }) => ({ file, ...pageCss(site, file, html) }));

  it('is measured on every page: each loads at least the site stylesheet', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((page) => page.sheets === 0 || page.bytes === 0).map((page) => page.file)).toEqual([]);
  });

  it(`stays under ${BUDGET / 1024} KB on every page`, () => {
    const over = pages.filter((page) => page.bytes >= BUDGET).map((page) => `${page.file}: ${page.bytes} bytes`);
    expect(over).toEqual([]);
  });
});
