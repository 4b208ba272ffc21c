/**
 * The site's address. Built with none (the README's first command on a fresh clone), pages link relatively and
 * leave out what a standard wants absolute: Open Graph's page and image addresses, the feeds (RSS has no base
 * address), the sitemap and its robots.txt line; the build's last line says link previews need an address.
 * Built with one, all of them are there and absolute. No file of any site names localhost.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { NO_ADDRESS_WARNING } from '../../src/integration/site-build.ts';
import { buildLog, htmlPages, listFiles, plusOneSite, rootSite, subPathSite, type BuiltSite } from './sites.ts';

/** A file's text, gzip-compressed files (the search index) unpacked first. */
function textOf(site: BuiltSite, file: string): string {
  const bytes = readFileSync(join(site.dir, file));
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('latin1');
}

describe.each([rootSite, subPathSite, plusOneSite])('every file of the site in $dir', (site) => {
  it('names no local address', () => {
    const files = listFiles(site.dir);
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((file) => /localhost|127\.0\.0\.1|0\.0\.0\.0:/i.test(textOf(site, file)))).toEqual([]);
  });
});

describe('a site built with no address', () => {
  const pages = htmlPages(rootSite);
  /** Pages with an address of their own (the not-found and editors' pages have none). */
  const indexable = pages.filter(({ html }) => !html.includes('<meta name="robots" content="noindex"'));
  const files = listFiles(rootSite.dir);

  it('links every page relatively: canonical from the root, no absolute address of its own', () => {
    expect(indexable.length).toBeGreaterThan(30);
    for (const { file, html } of indexable) {
      const canonical = parseHTML(html).document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(canonical, file).toMatch(/^\/(?!\/)/);
    }
  });

  it.each([
    ['og:url', 'meta[property="og:url"]'],
    ['og:image and its size and text', 'meta[property^="og:image"]'],
    ['feed links', 'link[type="application/rss+xml"], a[href*="feeds/"]'],
  ])('leaves out %s', (_, selector) => {
    expect(pages.filter(({ html }) => parseHTML(html).document.querySelector(selector) !== null).map(({ file }) => file)).toEqual([]);
  });

  it('keeps the title, description and a text-only preview card', () => {
    const { document } = parseHTML(readFileSync(join(rootSite.dir, 'index.html'), 'utf8'));
    expect(document.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBeTruthy();
    expect(document.querySelector('meta[property="og:description"]')?.getAttribute('content')).toBeTruthy();
    expect(document.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary');
  });

  it('makes no feeds and no sitemap, and robots.txt names no sitemap', () => {
    expect(files.filter((file) => file.startsWith('feeds/') || file.startsWith('sitemap'))).toEqual([]);
    expect(readFileSync(join(rootSite.dir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });

  it('still draws the share cards, for when an address is set', () => {
    expect(files).toContain('og/index.png');
  });

  it('ends the build with one line saying link previews need an address', () => {
    expect(buildLog(rootSite).trimEnd().split('\n').at(-1)).toBe(NO_ADDRESS_WARNING);
    expect(NO_ADDRESS_WARNING).toMatch(/link previews need the site's address: set SITE_URL or `site` in src\/content\/briefing\.yaml/);
  });
});

describe('a site built with an address', () => {
  const origin = 'https://example.org/briefing/';

  it('gives every indexable page an absolute canonical, og:url and og:image on that address', () => {
    for (const { file, html } of htmlPages(subPathSite).filter((page) => !page.html.includes('<meta name="robots" content="noindex"'))) {
      const { document } = parseHTML(html);
      for (const value of [
        document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
        document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
        document.querySelector('meta[property="og:image"]')?.getAttribute('content'),
      ]) {
        expect(value?.startsWith(origin), `${file}: ${value}`).toBe(true);
      }
    }
  });

  it('ends the build with no warning about the address', () => {
    expect(buildLog(subPathSite)).not.toContain(NO_ADDRESS_WARNING);
  });
});
