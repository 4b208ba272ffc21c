/**
 * Promise 2, hostile content: markup, script, event handlers, script URLs in every spelling, and code-like
 * text in articles are shown as text or dropped, never run, in every place article text lands: page HTML,
 * `<title>`, meta tags, JSON-LD, `briefing.json`, feeds, sitemap, search index and share cards. A browser
 * loads every page and runs searches, and sees no dialog and no Content-Security-Policy violation. An `.mdx`
 * article is refused, and a canary environment variable reaches no output.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser } from '../site/browser.ts';
import { serveSite, type Served } from '../site/serve.ts';
import { ADDRESSED, runBuild, type BuildRun } from './lib/build.ts';
import { unsafeMarkup } from './lib/inspect-html.ts';
import { article, copyFixtures, fixtures, tempDir, writeArticles } from './lib/stage.ts';
import { filesContaining, listFiles, readContent } from './lib/tree.ts';
import { feedItems, sitemapLocations, xmlProblem } from './lib/xml.ts';

const ORIGIN = ADDRESSED.SITE_URL;
const TITLE = '</title><script>alert(1)</script>';
const OUTLET = '<img src=x onerror=alert(2)>';
const MARKUP = '2025-11-20-markup-in-the-body';
const LINKS = '2025-11-21-dangerous-links';
const CODE = '2025-11-22-code-like-markdown';
const BIDI = '2025-11-24-bidi-override';
/** Bidi embeddings, overrides and isolates: invisible, and they reorder the text that follows them. */
const REORDERING = /[\u202A-\u202E\u2066-\u2069]/;

const canary = `canary-${randomUUID()}`;
const scratch = tempDir('hostile');
const dist = join(scratch.dir, 'dist');
let run: BuildRun;
let pages: { file: string; html: string }[] = [];

beforeAll(() => {
  const articles = copyFixtures(
    join(scratch.dir, 'articles'),
    readdirSync(join(fixtures, 'hostile')).map((name) => `hostile/${name}`),
  );
  writeArticles(articles, {
    [`${BIDI}.md`]: article({
      title: 'Vance\u202E on the plan',
      published: '2025-11-24',
      body: 'Vance said the \u202Esiht daer\u202C plan had support, and Rubio said the \u2067isolated\u2069 text was \u202Bembedded.',
    }),
  });
  run = runBuild({ articles, out: dist, env: { ...ADDRESSED, DOSSIER_CANARY: canary } });
  if (run.status === 0) {
    pages = listFiles(dist)
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ file, html: readFileSync(join(dist, file), 'utf8') }));
  }
});
afterAll(scratch.remove);

function page(file: string): Document {
  return parseHTML(readFileSync(join(dist, file), 'utf8')).document;
}

describe('a site built from hostile articles', () => {
  it('builds, with every hostile article published', () => {
    expect(run.status, run.stderr).toBe(0);
    for (const slug of [MARKUP, LINKS, CODE, BIDI]) expect(existsSync(join(dist, 'sources', slug, 'index.html'))).toBe(true);
  });

  it('has no script, event handler, script URL, frame, form, base, meta refresh or style from an article on any page', () => {
    expect(pages.length).toBeGreaterThan(10);
    const problems = pages.flatMap(({ file, html }) => unsafeMarkup(html, ORIGIN).map((problem) => `${file}: ${problem}`));
    expect(problems).toEqual([]);
  });

  it('shows a markup title as text in the heading, <title> and meta tags', () => {
    const document = page(`sources/${MARKUP}/index.html`);
    expect(document.querySelector('h1')?.textContent).toBe(TITLE);
    expect(document.querySelector('title')?.textContent?.startsWith(`${TITLE} · `)).toBe(true);
    expect(document.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(TITLE);
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')?.startsWith(`${OUTLET}, `)).toBe(true);
    expect(document.querySelector('.badge.outlet')?.textContent).toBe(`${OUTLET}, from Reuters" onmouseover="alert(3)`);
  });

  it('keeps escaped markup and a quote containing </script> as text', () => {
    const text = page(`sources/${MARKUP}/index.html`).querySelector('.article-text')?.textContent ?? '';
    expect(text).toContain('Zelensky said <script>alert(25)</script> was not a proposal.');
    expect(text).toContain('“We will not sign anything that ends with </script>,” Zelensky told reporters in Kyiv.');
    const quotes = page('participants/volodymyr-zelensky/index.html').querySelectorAll('blockquote');
    expect([...quotes].map((quote) => quote.textContent?.trim())).toContain('“We will not sign anything that ends with </script>”');
  });

  it('drops raw HTML blocks and the targets of links, keeping the link text', () => {
    const document = page(`sources/${LINKS}/index.html`);
    const text = document.querySelector('.article-text')?.textContent ?? '';
    expect(text).toContain('Witkoff met Putin in Moscow, and Ushakov spoke to reporters afterwards.');
    expect(text).toContain('Zelensky said this, that, the other, and more.');
    const links = [...document.querySelectorAll('.article-text a')].map((a) => a.getAttribute('href') ?? '');
    // The site's own links (paragraph anchors, topic labels) stay; no link an article wrote does.
    expect(links.filter((href) => !href.startsWith('#') && !/^\/[a-z]/.test(href))).toEqual([]);
    expect(page(`sources/${MARKUP}/index.html`).querySelector('.article-text')?.textContent).not.toContain('evil.example');
  });

  it('removes bidi controls that would reorder the rest of a paragraph', () => {
    const text = page(`sources/${BIDI}/index.html`).querySelector('.article-text')?.textContent ?? '';
    expect(text).toContain('Vance said the siht daer plan had support');
    expect(REORDERING.test(text)).toBe(false);
  });

  it('writes briefing.json as valid JSON with the hostile text as plain strings', () => {
    const briefing = JSON.parse(readFileSync(join(dist, 'briefing.json'), 'utf8')) as {
      articles: { id: string; title: string; outlet: string; sentences: { text: string }[] }[];
      quotes: { text: string }[];
    };
    const markup = briefing.articles.find((a) => a.id === MARKUP);
    expect(markup?.title).toBe(TITLE);
    expect(markup?.outlet).toBe(OUTLET);
    expect(markup?.sentences.map((s) => s.text)).toContain(
      'Lavrov called the draft "a text that ends in </script>", and Zelensky said <script>alert(25)</script> was not a proposal.',
    );
    expect(briefing.quotes.map((q) => q.text)).toContain('We will not sign anything that ends with </script>');
    expect(briefing.articles.find((a) => a.id === CODE)?.sentences.map((s) => s.text)).toContain('{process.exit(1)}');
  });

  it('never runs code-like Markdown: the canary variable is in no output, though the code is there as text', () => {
    expect(filesContaining(dist, canary)).toEqual([]);
    expect(`${run.stdout}${run.stderr}`).not.toContain(canary);
    expect(filesContaining(dist, 'process.env.DOSSIER_CANARY')).toContain('briefing.json');
  });

  it('writes every feed and sitemap as well-formed XML, with article text as text in feed items', () => {
    const xmlFiles = listFiles(dist).filter((file) => file.endsWith('.xml'));
    expect(xmlFiles.length).toBeGreaterThan(0);
    for (const file of xmlFiles) expect(xmlProblem(readFileSync(join(dist, file), 'utf8')), file).toBeNull();
    for (const file of xmlFiles.filter((f) => f.startsWith('feeds/'))) {
      const items = feedItems(readFileSync(join(dist, file), 'utf8'));
      expect(items.length, file).toBeGreaterThan(0);
      // Readers render an item's description as HTML: it must hold no element, only text.
      for (const item of items)
        expect(parseHTML(`<div>${item.description}</div>`).document.querySelector('div *'), `${file}: ${item.description}`).toBeNull();
      if (file === 'feeds/articles.xml') expect(items.map((item) => item.title)).toContain(TITLE);
    }
    for (const file of xmlFiles.filter((f) => f.startsWith('sitemap'))) {
      for (const loc of sitemapLocations(readFileSync(join(dist, file), 'utf8'))) expect(loc.startsWith(`${ORIGIN}/`), loc).toBe(true);
    }
  });

  it('stores the search index as data: every fragment decodes, and holds the hostile title as text', () => {
    if (!existsSync(join(dist, 'pagefind'))) return;
    const fragments = listFiles(dist).filter((file) => file.startsWith('pagefind/fragment/'));
    expect(fragments.length).toBeGreaterThan(0);
    const decoded = fragments.map((file) => {
      const text = readContent(join(dist, file)).toString('utf8');
      expect(text.startsWith('pagefind_dcd')).toBe(true);
      return JSON.parse(text.slice('pagefind_dcd'.length)) as { url: string; meta: { title?: string } };
    });
    expect(decoded.find((fragment) => fragment.url === `/sources/${MARKUP}/`)?.meta.title).toBe(TITLE);
  });

  it('draws a share card for every hostile article', () => {
    for (const slug of [MARKUP, LINKS, CODE, BIDI]) {
      const png = readFileSync(join(dist, 'og', 'sources', `${slug}.png`));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.length).toBeGreaterThan(5_000);
    }
  });
});

describe('an .mdx article', () => {
  const folder = join(scratch.dir, 'mdx');
  let mdx: BuildRun;
  beforeAll(() => {
    copyFixtures(join(folder, 'articles'), ['mdx/2025-11-23-executable-article.mdx', 'good/2025-12-02-kushner-and-witkoff-meet-putin.md']);
    mdx = runBuild({ articles: join(folder, 'articles'), out: join(folder, 'dist'), env: { DOSSIER_CANARY: canary } });
  });

  it('is refused by name, before anything runs or is written', () => {
    expect(mdx.status).toBe(1);
    expect(mdx.stderr).toMatch(/2025-11-23-executable-article\.mdx refused: MDX is executable code/);
    expect(existsSync(join(folder, 'dist'))).toBe(false);
    expect(`${mdx.stdout}${mdx.stderr}`).not.toContain(canary);
    expect(existsSync('/tmp/dossier-mdx-ran')).toBe(false);
  });
});

describe.runIf(hasBrowser())('hostile pages in a browser', () => {
  let browser: Browser;
  let served: Served;
  beforeAll(async () => {
    [browser, served] = await Promise.all([launchBrowser(), serveSite({ dir: dist, base: '/', siteUrl: ORIGIN })]);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  /** Loads a page and reports every dialog, CSP violation, page error and request to another origin. */
  async function visit(path: string, settle?: string): Promise<string[]> {
    const tab = await browser.newPage();
    const seen: string[] = [];
    tab.on('dialog', (dialog) => {
      seen.push(`dialog ${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    tab.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) seen.push(`CSP: ${message.text()}`);
    });
    tab.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
    tab.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== new URL(served.home).origin) seen.push(`request to ${request.url()}`);
    });
    await tab.goto(`${served.home}${path}`);
    if (settle) await tab.waitForSelector(settle, { timeout: 15_000 }).catch(() => seen.push(`no ${settle} on ${path}`));
    // Give timers and late loads a moment.
    await tab.waitForTimeout(100);
    await tab.close();
    return seen;
  }

  it('runs nothing and breaks no policy on any page', async () => {
    const problems: string[] = [];
    for (const { file } of pages) {
      const path = file.replace(/index\.html$/, '').replace(/^404\.html$/, 'no-such-page/');
      problems.push(...(await visit(path)).map((problem) => `${file}: ${problem}`));
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it.each(['alert', 'script', 'img onerror', 'Lavrov'])('runs nothing when search results show hostile text (%s)', async (query) => {
    if (!existsSync(join(dist, 'search', 'index.html'))) return;
    const settle = query === 'Lavrov' ? '.pagefind-ui__result-link' : undefined;
    expect(await visit(`search/?q=${encodeURIComponent(query)}`, settle ?? '.pagefind-ui__results-area')).toEqual([]);
  });
});
