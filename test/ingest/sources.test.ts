import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/boundary/parse-article-file.ts';
import { prepareArticle } from '../../src/ingest/prepare-article.ts';
import { readHtml } from '../../src/ingest/sources/read-html.ts';
import { readMarkdown } from '../../src/ingest/sources/read-markdown.ts';
import { readSource } from '../../src/ingest/sources/read-source.ts';
import { readText } from '../../src/ingest/sources/read-text.ts';
import { FIXTURES } from './run-cli.ts';

const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const FLAGS = { outlet: 'The Wire Desk', published: '2025-11-26' };

/** The article the build would read from a prepared file. */
function reread(slug: string, text: string) {
  const parsed = parseArticleFile(`articles/${slug}.md`, slug, new TextEncoder().encode(text));
  expect(parsed.errors).toEqual([]);
  return parsed.article;
}

describe('readSource', () => {
  it.each([
    ['story.txt', false],
    ['story.TXT', false],
    ['story.md', true],
    ['page.html', false],
    ['page.htm', false],
  ])('picks the reader for %s', (name, markdown) => {
    const text = name.includes('.htm')
      ? '<html><body><article><h1>T</h1><p>Body text, long enough.</p></article></body></html>'
      : 'Title\n\nBody.';
    expect(readSource(name, text).markdown).toBe(markdown);
  });

  it.each([['story.pdf'], ['story.docx'], ['README']])('refuses %s, naming the accepted types', (name) => {
    expect(() => readSource(name, 'x')).toThrow(/unsupported input type.*\.txt, \.md, \.html or \.htm/);
  });

  it('normalises CRLF line ends and a byte-order mark before reading', () => {
    expect(readSource('a.txt', '\uFEFFHeadline\r\n\r\nFirst.\r\nSecond.\r\n')).toMatchObject({
      headline: 'Headline',
      paragraphs: ['First.', 'Second.'],
    });
  });
});

describe('.txt', () => {
  it('takes the first non-empty line as the headline and every other line as a paragraph', () => {
    expect(readText('\n\nHeadline\nOne.\n\n\nTwo.\n')).toEqual({
      headline: 'Headline',
      headlineFrom: 'the first line',
      paragraphs: ['One.', 'Two.'],
      markdown: false,
      stated: {},
      found: {},
    });
  });

  it('turns a wire story into a clean article', () => {
    const prepared = prepareArticle(readText(fixture('wire-story.txt')), FLAGS);
    expect(prepared.slug).toBe('2025-11-26-lavrov-says-moscow-is-ready-to-study-revised-us-peace-plan');
    expect(prepared.meta).toEqual({
      title: 'Lavrov says Moscow is ready to study revised US peace plan',
      outlet: 'The Wire Desk',
      published: '2025-11-26',
      url: null,
      dateline: 'MOSCOW',
      wire: 'AP',
    });
    expect(prepared.body).not.toMatch(/Advertisement|Share this article|\(AP\)|MOSCOW/);
    expect(prepared.body.split('\n\n')).toHaveLength(4);
    expect(reread(prepared.slug, prepared.text)?.wire).toBe('AP');
  });
});

describe('.md', () => {
  it('with front matter: the front matter wins over flags, the repeated heading and furniture go, Markdown stays', () => {
    const source = readMarkdown(fixture('with-front-matter.md'));
    expect(source.stated).toEqual({
      title: "Vance: talks with Kyiv are 'moving in the right direction'",
      outlet: 'The Capital Report',
      published: '2025-11-28',
      url: 'https://capital.example.org/vance-kyiv-talks',
      wire: 'AFP',
    });
    const prepared = prepareArticle(source, { ...FLAGS, wire: 'Reuters' });
    expect(prepared.meta).toMatchObject({ outlet: 'The Capital Report', published: '2025-11-28', wire: 'AFP', dateline: null });
    expect(prepared.removed.map((removal) => removal.kind)).toEqual(['advertisement line', 'related link', 'headline repeat']);
    expect(prepared.sources).toMatchObject({ title: 'front matter title', outlet: 'front matter outlet', wire: 'front matter wire' });
    expect(prepared.body).toContain('*moving in the right direction*');
    expect(prepared.body).toContain("- territory in the east,\n- the size of Ukraine's army,");
    expect(prepared.body).not.toMatch(/^# |Advertisement|Read more/m);
    expect(reread(prepared.slug, prepared.text)?.title).toBe("Vance: talks with Kyiv are 'moving in the right direction'");
  });

  it('without front matter: the first # heading is the headline and flags fill the fields', () => {
    const prepared = prepareArticle(readMarkdown(fixture('no-front-matter.md')), FLAGS);
    expect(prepared.meta).toEqual({
      title: 'Erdogan offers to host a new round of Russia-Ukraine talks in Istanbul',
      outlet: 'The Wire Desk',
      published: '2025-11-26',
      url: null,
      dateline: 'ANKARA',
      wire: null,
    });
    expect(prepared.body.startsWith('Turkish President Recep Tayyip Erdogan said')).toBe(true);
  });

  it.each([
    ['# Title *with* emphasis\n\nBody.', 'Title with emphasis', ['Body.']],
    ['Intro line\n\n# Real title\n\nBody.', 'Real title', ['Intro line', 'Body.']],
    ['Setext title\n===\n\nBody.', 'Setext title', ['Body.']],
    ['First line as title\nsecond line\n\nBody.', 'First line as title', ['second line', 'Body.']],
    ['---\noutlet: Kyiv Post\n---\n# Heading\n\nBody.', 'Heading', ['Body.']],
    ['---\n---\nPlain title\n\nBody.', 'Plain title', ['Body.']],
  ])('%j → headline %j', (text, headline, paragraphs) => {
    const source = readMarkdown(text);
    expect(source.headline).toBe(headline);
    expect(source.paragraphs).toEqual(paragraphs);
  });

  it('reads only the known front matter fields, as text', () => {
    expect(readMarkdown('---\ntitle: T\npublished: 2025-08-15\ndraft: true\nauthor: X\n---\nBody.').stated).toEqual({
      title: 'T',
      published: '2025-08-15',
    });
  });

  it('refuses front matter that is not YAML, in one line', () => {
    expect(() => readMarkdown('---\ntitle: [unclosed\n---\nBody.')).toThrow(/^front matter is not valid YAML: [^\n]+$/);
  });
});

describe('.html', () => {
  const source = readHtml(fixture('saved-page.html'));

  it('takes the headline from Readability and the fields from meta tags, saying which', () => {
    expect(source.headline).toBe('Umerov and Driscoll meet in Abu Dhabi as peace plan talks resume');
    expect(source.headlineFrom).toBe('the page title');
    expect(source.found).toEqual({
      outlet: { value: 'The Northern Ledger', from: 'og:site_name' },
      published: { value: '2025-11-25', from: 'article:published_time' },
      url: { value: 'https://ledger.example.com/world/umerov-driscoll-abu-dhabi', from: 'the canonical link' },
    });
  });

  it('keeps the article text as plain paragraphs and nothing of the page around it', () => {
    const prepared = prepareArticle(source, {});
    const paragraphs = prepared.body.split('\n\n');
    expect(paragraphs[0]).toBe(
      "Ukraine's national security chief Rustem Umerov met U.S. Army Secretary Dan Driscoll in Abu Dhabi on Tuesday, as Washington pressed both sides to narrow their differences over a peace plan that Kyiv says still needs work.",
    );
    expect(prepared.meta).toMatchObject({ dateline: 'ABU DHABI', wire: 'Reuters', outlet: 'The Northern Ledger', published: '2025-11-25' });
    expect(paragraphs).toContain(
      '"We are ready for a constructive dialogue, but not on the basis of ultimatums," Foreign Minister Sergei Lavrov told reporters.',
    );
    expect(paragraphs).toContain(
      "The revised plan, cut from 28 points to 19, leaves the future of Ukraine's eastern Donbas region and the size of its army for leaders to settle at a later meeting.",
    );
    for (const unwanted of [
      'Skip to content',
      'Politics',
      'Advertisement',
      'Read more',
      'gtag',
      'loadAd',
      'Share on',
      'Sign up',
      'reader42',
      'Leave a comment',
      'Your email',
      'Most read',
      'Unrelated',
      'All rights reserved',
      'Photo:',
      'Jane Doe',
      '<strong>',
      '<p>',
    ]) {
      expect(prepared.body).not.toContain(unwanted);
    }
  });

  it('escapes text that Markdown would read as markup', () => {
    const body = prepareArticle(source, {}).body;
    expect(body).toContain('1\\. The first of the open questions is territory');
    expect(body).toContain('casualty figures \\<published by both sides> could not be verified');
    expect(body).toContain('"leaks" & speculation');
  });

  it('lets flags win over meta tags', () => {
    const prepared = prepareArticle(source, {
      outlet: 'Ledger Syndication',
      published: '2025-11-26',
      url: 'https://syndication.example.com/x',
      wire: 'AFP',
    });
    expect(prepared.meta).toMatchObject({
      outlet: 'Ledger Syndication',
      published: '2025-11-26',
      url: 'https://syndication.example.com/x',
      wire: 'AFP',
    });
  });

  it.each([
    [
      'og:title when there is no <title>',
      '<html><head><meta property="og:title" content="OG headline"></head><body><article><p>Some body text of the article, long enough to keep.</p></article></body></html>',
      'OG headline',
    ],
    [
      'the canonical link when there is no og:url',
      '<html><head><title>T</title><link rel="canonical" href="https://example.com/c"></head><body><article><p>Body text that Readability keeps as content.</p></article></body></html>',
      'T',
    ],
  ])('falls back to %s', (_name, html, headline) => {
    const page = readHtml(html);
    expect(page.headline).toBe(headline);
    if (html.includes('canonical')) expect(page.found.url).toEqual({ value: 'https://example.com/c', from: 'the canonical link' });
  });

  it.each([
    ['a relative canonical link', '<link rel="canonical" href="/relative">', undefined],
    ['a javascript: address', '<meta property="og:url" content="javascript:alert(1)">', undefined],
  ])('ignores %s as the address', (_name, head, url) => {
    expect(
      readHtml(`<html><head><title>T</title>${head}</head><body><p>Body text long enough to be kept by Readability.</p></body></html>`)
        .found.url,
    ).toBe(url);
  });

  it('splits paragraphs at double line breaks and joins single ones', () => {
    const page = readHtml(
      '<html><head><title>T</title></head><body><article><div>First line<br>same paragraph.<br><br>Second paragraph here, with text.</div></article></body></html>',
    );
    expect(page.paragraphs).toEqual(['First line same paragraph.', 'Second paragraph here, with text.']);
  });
});
