import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, parseArticleFile } from '../../src/boundary/parse-article-file.ts';
import { formatInputError } from '../../src/boundary/input-error.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const good = ['---', 'title: Talks in Alaska', 'outlet: Example Times', 'published: 2025-08-15', '---', '', 'Trump met Putin.', ''];

function parse(lines: string[] | string) {
  const text = Array.isArray(lines) ? lines.join('\n') : lines;
  return parseArticleFile('articles/x.md', 'x', encode(text));
}

/** Each error as its one-line report. */
function report(lines: string[] | string): string[] {
  return parse(lines).errors.map(formatInputError);
}

describe('parseArticleFile', () => {
  it('returns a validated article with defaults', () => {
    const { article, errors } = parse(good);
    expect(errors).toEqual([]);
    expect(article).toEqual({
      slug: 'x',
      file: 'articles/x.md',
      title: 'Talks in Alaska',
      outlet: 'Example Times',
      published: '2025-08-15',
      url: null,
      dateline: null,
      wire: null,
      draft: false,
      body: 'Trump met Putin.\n',
    });
  });

  it('keeps optional fields', () => {
    const { article } = parse([
      '---',
      'title: T',
      'outlet: O',
      'published: 2025-08-15',
      'url: https://example.org/a',
      'dateline: WASHINGTON',
      'wire: Reuters',
      'draft: true',
      '---',
      'Body.',
    ]);
    expect(article).toMatchObject({ url: 'https://example.org/a', dateline: 'WASHINGTON', wire: 'Reuters', draft: true });
  });

  it.each([
    ['published: yesterday', 'articles/x.md:4 published: expected YYYY-MM-DD, got "yesterday"'],
    ['published: 2025-13-45', 'articles/x.md:4 published: expected YYYY-MM-DD, got "2025-13-45"'],
    ['published: 2025-02-29', 'articles/x.md:4 published: expected YYYY-MM-DD, got "2025-02-29"'],
    ['published: 20250815', 'articles/x.md:4 published: expected YYYY-MM-DD, got 20250815'],
  ])('rejects the date %s', (line, expected) => {
    expect(report([...good.slice(0, 3), line, ...good.slice(4)])).toEqual([expected]);
  });

  it.each([
    ['url: javascript:alert(1)', 'url: expected an http or https address, got "javascript:alert(1)"'],
    ['url: ftp://example.org/x', 'url: expected an http or https address, got "ftp://example.org/x"'],
    ['url: 42', 'url: expected an http or https address, got 42'],
    ['draft: yes please', 'draft: expected true or false, got "yes please"'],
    ['wire: [Reuters]', 'wire: expected text, got ["Reuters"]'],
    ['colour: red', 'colour: unknown field'],
  ])('rejects the field %s', (line, expected) => {
    expect(report([...good.slice(0, 4), line, ...good.slice(4)])).toEqual([`articles/x.md:5 ${expected}`]);
  });

  it.each([
    ['title', 1],
    ['outlet', 2],
  ])('requires %s', (field, index) => {
    const lines = good.filter((_, i) => i !== index);
    expect(report(lines)).toEqual([`articles/x.md:1 ${field}: required`]);
  });

  it('reports every bad field of one file at once', () => {
    const errors = report(['---', 'title: ""', 'outlet: O', 'published: soon', 'url: nope', '---', 'Body.']);
    expect(errors).toEqual([
      'articles/x.md:2 title: must not be empty',
      'articles/x.md:4 published: expected YYYY-MM-DD, got "soon"',
      'articles/x.md:5 url: expected an http or https address, got "nope"',
    ]);
  });

  it('accepts a byte-order mark and CRLF line ends as normal', () => {
    const { article, errors } = parse(`\uFEFF${good.join('\r\n')}`);
    expect(errors).toEqual([]);
    expect(article?.title).toBe('Talks in Alaska');
    expect(article?.body).toBe('Trump met Putin.\n');
  });

  it('strips zero-width and bidi-override characters from titles', () => {
    const { article } = parse(['---', 'title: "Talks\u200B in \u202EAlaska\u202C"', 'outlet: O', 'published: 2025-08-15', '---', 'Body.']);
    expect(article?.title).toBe('Talks in Alaska');
  });

  it.each([
    [
      'no front matter',
      ['Just text.'],
      'articles/x.md:1 no front matter: an article starts with a `---` line, its fields, and another `---` line',
    ],
    ['an empty body', [...good.slice(0, 5), '', '  ', ''], 'articles/x.md:6 the article has no body text'],
  ])('refuses %s', (_, lines, expected) => {
    expect(report(lines)).toEqual([expected]);
  });

  it.each([
    ['an unquoted colon', 'title: Rubio: talks needed', 'articles/x.md:2:'],
    ['tab indentation', 'title: T\n\toutlet: O', 'articles/x.md:3:'],
  ])('reports YAML syntax errors with line and column: %s', (_, yaml, prefix) => {
    const errors = report(`---\n${yaml}\npublished: 2025-08-15\n---\nBody.`);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(new RegExp(`^${prefix}\\d+ YAML syntax: `));
  });

  it('refuses an article over the size limit, saying its size and the limit', () => {
    const big = `${good.join('\n')}${'x'.repeat(MAX_ARTICLE_BYTES)}`;
    expect(report(big)).toEqual(['articles/x.md file is 1.0 MB, over the 1.0 MB limit for an article']);
  });

  it('refuses NUL bytes and invalid UTF-8', () => {
    expect(report(`${good.join('\n')}\u0000`)).toEqual(['articles/x.md file contains NUL bytes: it is binary, not a Markdown article']);
    const invalid = new Uint8Array([...encode(good.join('\n')), 0xff, 0xfe, 0x41]);
    expect(parseArticleFile('articles/x.md', 'x', invalid).errors.map(formatInputError)).toEqual([
      'articles/x.md file is not valid UTF-8 text',
    ]);
  });
});
