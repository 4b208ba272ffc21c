/**
 * Promise 1, bad articles: each broken article stops the build with a message that names the file, and the
 * line and field where one applies; all problems of a build come in one report; nothing is written. Articles
 * that are merely unusual (BOM and CRLF, invisible characters in a title) build normally, and a draft is in no
 * output at all: no page, feed, sitemap entry, search index entry, image or `briefing.json` entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slugify } from '../../src/ingest/slugify.ts';
import { ADDRESSED, runBuild, type BuildRun } from './lib/build.ts';
import { article, copyFixtures, fixtureText, tempDir, writeArticles } from './lib/stage.ts';
import { filesContaining, listFiles, scratchDirs } from './lib/tree.ts';

const scratch = tempDir('bad');
afterAll(scratch.remove);

/** Characters that print as nothing or reorder text: zero-width, word joiner, BOM, and every bidi control. */
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u061C\u202A-\u202E\u2066-\u2069]/;

const tooLarge = () =>
  article({ title: 'A very long article', published: '2025-11-25', body: 'Witkoff met Putin in Moscow. '.repeat(45_000) });
const withNul = () => Buffer.from(article({ title: 'Binary', published: '2025-11-25', body: 'Witkoff met\0 Putin.' }));
const invalidUtf8 = () =>
  Buffer.concat([
    Buffer.from(article({ title: 'Latin-1', published: '2025-11-25', body: 'Zelensky met ' })),
    Buffer.from([0xc3, 0x28, 0xff]),
    Buffer.from(' Macron.\n'),
  ]);

/** One case: the files of an articles folder, and the lines its report must hold (after the folder path). */
type Case = [name: string, files: Record<string, string | Uint8Array>, expected: (string | RegExp)[]];

const fromFixture = (name: string): Record<string, string> => ({ [name]: fixtureText(`bad/${name}`) });

const cases: Case[] = [
  ['missing required field', fromFixture('missing-field.md'), ['missing-field.md:1 published: required']],
  ['no front matter', fromFixture('no-front-matter.md'), [/no-front-matter\.md:1 no front matter/]],
  [
    'YAML: unquoted colon',
    fromFixture('yaml-unquoted-colon.md'),
    [/yaml-unquoted-colon\.md:2:\d+ YAML syntax: .*\(put a value that contains ": " in quotes\)/],
  ],
  [
    'YAML: tab indentation',
    fromFixture('yaml-tab-indent.md'),
    [/yaml-tab-indent\.md:4:\d+ YAML syntax: Tabs are not allowed as indentation/],
  ],
  [
    'wrong types',
    fromFixture('wrong-types.md'),
    [
      'wrong-types.md:2 title: expected text, got 2025',
      'wrong-types.md:3 outlet: expected text, got ["Example Wire","Example Daily"]',
      'wrong-types.md:5 draft: expected true or false, got "no"',
      'wrong-types.md:6 url: expected an http or https address, got "/etc/passwd"',
    ],
  ],
  ['impossible date', fromFixture('impossible-date.md'), ['impossible-date.md:4 published: expected YYYY-MM-DD, got "2025-13-45"']],
  ['empty body', fromFixture('empty-body.md'), ['empty-body.md:6 the article has no body text']],
  ['unknown field', fromFixture('unknown-field.md'), ['unknown-field.md:5 author: unknown field']],
  ['repeated field', fromFixture('repeated-field.md'), [/repeated-field\.md:4:\d+ YAML syntax: Map keys must be unique/]],
  ['over 1 MB', { 'too-large.md': tooLarge() }, ['too-large.md file is 1.2 MB, over the 1.0 MB limit for an article']],
  ['NUL bytes', { 'nul-bytes.md': withNul() }, ['nul-bytes.md file contains NUL bytes: it is binary, not a Markdown article']],
  ['invalid UTF-8', { 'invalid-utf8.md': invalidUtf8() }, ['invalid-utf8.md file is not valid UTF-8 text']],
  [
    'slugs that differ only in case',
    {
      '2025-11-25-Geneva-Talks.md': article({ title: 'Geneva talks', published: '2025-11-25', body: 'Rubio met Umerov in Geneva.' }),
      '2025-11-25-geneva-talks.md': article({ title: 'Geneva talks again', published: '2025-11-25', body: 'Rubio met Yermak in Geneva.' }),
    },
    [/2025-11-25-geneva-talks\.md has the same slug "2025-11-25-geneva-talks" as .*\/2025-11-25-Geneva-Talks\.md: rename one of them/],
  ],
];

function reportLines(run: BuildRun): string[] {
  return run.stderr.split('\n').map((line) => line.trim());
}

function holds(lines: readonly string[], expected: string | RegExp): boolean {
  return lines.some((line) => (typeof expected === 'string' ? line.endsWith(`/${expected}`) : expected.test(line)));
}

describe.each(cases)('an articles folder with %s', (name, files, expected) => {
  const folder = join(scratch.dir, name.replace(/\W+/g, '-'));
  const out = join(folder, 'site', 'dist');
  let run: BuildRun;
  beforeAll(() => {
    writeArticles(join(folder, 'articles'), files);
    run = runBuild({ articles: join(folder, 'articles'), out });
  });

  it('stops the build with a non-zero exit and writes nothing', () => {
    expect(run.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(scratchDirs(join(folder, 'site'))).toEqual([]);
  });

  it('names the file, line and field in its report, with no stack trace', () => {
    const lines = reportLines(run);
    for (const line of expected) expect(holds(lines, line), `${String(line)} in:\n${run.stderr}`).toBe(true);
    expect(run.stderr).toMatch(/^Build stopped: fix these inputs and build again\.\n\d+ problems? in \d+ input files?:/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('a folder with every broken article and one good one', () => {
  const folder = join(scratch.dir, 'all');
  let run: BuildRun;
  beforeAll(() => {
    const all = Object.assign({}, ...cases.map(([, files]) => files)) as Record<string, string | Uint8Array>;
    writeArticles(join(folder, 'articles'), all);
    copyFixtures(join(folder, 'articles'), ['good/2025-12-02-kushner-and-witkoff-meet-putin.md']);
    run = runBuild({ articles: join(folder, 'articles'), out: join(folder, 'dist') });
  });

  it('reports every problem of every file at once, and only those', () => {
    const lines = reportLines(run);
    const expected = cases.flatMap(([, , lines]) => lines);
    for (const line of expected) expect(holds(lines, line), `${String(line)} in:\n${run.stderr}`).toBe(true);
    const problems = lines.filter((line) => /\.md(:\d+)*\s/.test(line));
    expect(run.stderr).toContain(`${problems.length} problems in ${cases.length} input files:`);
    expect(run.stderr).not.toContain('kushner-and-witkoff');
    expect(run.status).toBe(1);
  });
});

describe('unusual but valid articles, and a draft', () => {
  const folder = join(scratch.dir, 'accepted');
  const dist = join(folder, 'dist');
  const dirtyTitle = 'Erdogan\u200B offers\u202E to host\u2066 talks\u2069 in\u061C Istanbul\u2060 again\u200F\uFEFF';
  const cleanTitle = 'Erdogan offers to host talks in Istanbul again';
  const crlfSlug = '2025-12-03-macron-and-starmer-discuss-reassurance-force';
  let run: BuildRun;
  let briefing: { articles: { id: string; title: string; sentences: { text: string }[] }[] };
  beforeAll(() => {
    const articles = join(folder, 'articles');
    copyFixtures(articles, ['good/2025-12-02-kushner-and-witkoff-meet-putin.md', 'drafts/2025-12-04-zorblatt-draft.md']);
    writeArticles(articles, {
      [`${crlfSlug}.md`]: `\uFEFF${fixtureText(`good/${crlfSlug}.md`).replace(/\n/g, '\r\n')}`,
      '2025-12-05-erdogan-offers-istanbul.md': article({
        title: dirtyTitle,
        published: '2025-12-05',
        body: 'Turkish President Tayyip Erdogan offered again on Friday to host talks between Russia and Ukraine in Istanbul.',
      }),
    });
    run = runBuild({ articles, out: dist, env: ADDRESSED });
    if (run.status === 0) briefing = JSON.parse(readFileSync(join(dist, 'briefing.json'), 'utf8'));
  });

  it('builds', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(briefing.articles.map((a) => a.id).sort()).toEqual([
      '2025-12-02-kushner-and-witkoff-meet-putin',
      crlfSlug,
      '2025-12-05-erdogan-offers-istanbul',
    ]);
  });

  it('reads a file with a BOM and CRLF line ends like any other', () => {
    const read = briefing.articles.find((a) => a.id === crlfSlug);
    expect(read?.title).toBe('Macron and Starmer discuss a reassurance force for Ukraine');
    expect(read?.sentences).toHaveLength(3);
    expect(read?.sentences.some((sentence) => /[\r\uFEFF]/.test(sentence.text))).toBe(false);
    expect(read?.sentences[0]?.text).toMatch(/^French President Emmanuel Macron/);
  });

  it('strips zero-width and bidi characters from a title, wherever the title lands', () => {
    const page = readFileSync(join(dist, 'sources', '2025-12-05-erdogan-offers-istanbul', 'index.html'), 'utf8');
    const { document } = parseHTML(page);
    const places = [
      briefing.articles.find((a) => a.id === '2025-12-05-erdogan-offers-istanbul')?.title ?? '',
      document.querySelector('h1')?.textContent ?? '',
      (document.querySelector('title')?.textContent ?? '').split(' · ')[0] ?? '',
      document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '',
    ];
    expect(places).toEqual([cleanTitle, cleanTitle, cleanTitle, cleanTitle]);
    expect(INVISIBLE.test(page)).toBe(false);
  });

  it.each([
    [dirtyTitle, 'erdogan-offers-to-host-talks-in-istanbul-again'],
    ['Kyiv\u200D\u200C talks', 'kyiv-talks'],
    ['\u202Egnirts desrever', 'gnirts-desrever'],
    ['\u2066\u2069\u200B', 'article-811c9dc5'],
  ])('gives ingest the same slug with or without invisible characters: %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("can find a published article's words everywhere they land (so the draft check below can fail)", () => {
    const found = filesContaining(dist, 'Ushakov');
    expect(found).toContain('briefing.json');
    expect(found.some((file) => file.endsWith('.html'))).toBe(true);
    if (existsSync(join(dist, 'feeds'))) expect(found.some((file) => file.startsWith('feeds/'))).toBe(true);
    if (existsSync(join(dist, 'pagefind'))) expect(found.some((file) => file.startsWith('pagefind/'))).toBe(true);
    expect(listFiles(dist).some((file) => file.startsWith('og/') && file.includes('kushner-and-witkoff'))).toBe(true);
  });

  it('leaves a draft out of every output: pages, feeds, sitemap, search index, images and briefing.json', () => {
    expect(filesContaining(dist, 'zorblatt')).toEqual([]);
    expect(briefing.articles.some((a) => a.id.includes('zorblatt'))).toBe(false);
  });
});
