/**
 * Feeds, sitemap, robots.txt and headers: well-formed XML with the required elements, absolute links that
 * resolve to built pages under the base path, and the security policy in `_headers`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { subPathSite } from './sites.ts';

const read = (file: string) => readFileSync(join(subPathSite.dir, file), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) });
const origin = 'https://example.org/briefing/';

/** The built file an absolute address on the configured site points at, or null. */
function builtFile(address: string): string | null {
  const url = new URL(address);
  if (!url.href.startsWith(origin)) return null;
  const rest = decodeURIComponent(url.pathname.slice('/briefing/'.length));
  const file = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
  return existsSync(join(subPathSite.dir, file)) ? file : null;
}

describe.each(['feeds/articles.xml', 'feeds/updates.xml'])('the feed %s', (file) => {
  const xml = read(file);
  const channel = parser.parse(xml).rss?.channel;

  it('is well-formed RSS 2.0 with a title, link and description', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).rss['@_version']).toBe('2.0');
    expect(channel.title).toBeTruthy();
    expect(channel.link).toBe(origin);
    expect(channel.description).toBeTruthy();
  });

  it('has one item per article, each with title, link, guid, date and description', () => {
    expect(channel.item).toHaveLength(5);
    for (const item of channel.item) {
      expect(item.title).toBeTruthy();
      expect(item.description).toBeTruthy();
      expect(new Date(item.pubDate).toISOString()).toMatch(/T00:00:00\.000Z$/);
      expect(builtFile(item.link)).not.toBeNull();
      expect(item.guid).toBeTruthy();
    }
  });
});

describe('the sitemap and robots.txt', () => {
  it('lists every page at its absolute address, and nothing that does not exist', () => {
    const index = read('sitemap-index.xml');
    expect(XMLValidator.validate(index)).toBe(true);
    const sitemaps = parser.parse(index).sitemapindex.sitemap as { loc: string }[];
    const urls = sitemaps.flatMap(({ loc }) => {
      const file = builtFile(loc);
      expect(file).not.toBeNull();
      const xml = read(file as string);
      expect(XMLValidator.validate(xml)).toBe(true);
      return (parser.parse(xml).urlset.url as { loc: string }[]).map((url) => url.loc);
    });
    expect(urls).toContain(origin);
    expect(urls).toContain(`${origin}topics/territory/`);
    for (const url of urls) expect(builtFile(url), url).not.toBeNull();
    expect(urls.some((url) => url.includes('404'))).toBe(false);
    expect(urls.some((url) => url.includes('/editors/'))).toBe(false);
  });

  it('robots.txt names the sitemap', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${origin}sitemap-index.xml`);
  });
});

describe('_headers', () => {
  const headers = read('_headers');
  it.each([
    /Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval';.*frame-ancestors 'none'/,
    /X-Content-Type-Options: nosniff/,
    /Referrer-Policy: strict-origin-when-cross-origin/,
  ])('sets %s', (pattern) => {
    expect(headers).toMatch(pattern);
  });

  it('matches the policy in every page', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(read('index.html'))?.[1];
    const header = /Content-Security-Policy: (.+)/.exec(headers)?.[1];
    expect(meta).toBeTruthy();
    expect(header?.startsWith(meta?.replace(/&#39;/g, "'") ?? '-')).toBe(true);
  });
});
