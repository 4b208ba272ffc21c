import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from '../../src/boundary/read-articles.ts';
import { FIXTURES, ROOT, makeTempDir, readArticlesIn, runIngestCli, writeInput } from './run-cli.ts';

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = makeTempDir(prefix);
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const STORY = 'Yermak and Umerov lead Kyiv team at Geneva talks\n\nGENEVA (Reuters) - Ukraine sent a delegation led by Andriy Yermak to Geneva.\n\nThe talks with U.S. officials lasted into the night.\n';
const FLAGS = ['--outlet', 'The Wire Desk', '--published', '2025-11-23'];
const SLUG = '2025-11-23-yermak-and-umerov-lead-kyiv-team-at-geneva-talks.md';

describe('ingest command', () => {
  let work: string;
  beforeAll(() => {
    work = tempDir('cli');
  });

  it('writes one article per input and reports what it removed', () => {
    const out = join(work, 'out');
    const run = runIngestCli([writeInput(work, 'story.txt', STORY), ...FLAGS, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`wrote ${join(out, SLUG)} (2 paragraphs; removed: dateline GENEVA (Reuters))\n`);
    const text = readFileSync(join(out, SLUG), 'utf8');
    expect(text).toBe(
      '---\ntitle: Yermak and Umerov lead Kyiv team at Geneva talks\noutlet: The Wire Desk\npublished: 2025-11-23\ndateline: GENEVA\nwire: Reuters\n---\n\nUkraine sent a delegation led by Andriy Yermak to Geneva.\n\nThe talks with U.S. officials lasted into the night.\n',
    );
  });

  it('prints paths relative to the working folder and defaults --out to articles/', () => {
    const project = tempDir('project');
    const run = runIngestCli([writeInput(project, 'story.txt', STORY), ...FLAGS], project);
    expect(run.stdout).toBe(`wrote articles/${SLUG} (2 paragraphs; removed: dateline GENEVA (Reuters))\n`);
    expect(existsSync(join(project, 'articles', SLUG))).toBe(true);
  });

  it('ingests every fixture kind into files the build reads without error', () => {
    const out = tempDir('kinds');
    const inputs = ['wire-story.txt', 'with-front-matter.md', 'no-front-matter.md', 'saved-page.html'].map((name) => join(FIXTURES, name));
    const run = runIngestCli([...inputs, ...FLAGS, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toHaveLength(4);
    const folder = readArticles(ROOT, out);
    expect(folder.errors).toEqual([]);
    // Front matter wins over --outlet; --outlet wins over the page's og:site_name.
    expect(folder.articles.map((article) => article.outlet).sort()).toEqual(['The Capital Report', 'The Wire Desk', 'The Wire Desk', 'The Wire Desk']);
    for (const text of readArticlesIn(out).values()) {
      expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
      expect(text).not.toContain('\r');
      expect(text).not.toMatch(/\n\n\n/);
    }
  });

  it('escapes YAML-significant titles so they read back exactly', () => {
    const out = tempDir('yaml');
    const title = 'Peskov: "no comment" — #talks & 50% of points: yes? [draft] {x}';
    runIngestCli([writeInput(out, 'y.txt', `${title}\nBody text.\n`), ...FLAGS, '--out', join(out, 'a')]);
    const folder = readArticles(ROOT, join(out, 'a'));
    expect(folder.errors).toEqual([]);
    expect(folder.articles[0]?.title).toBe(title);
  });

  describe('refusals', () => {
    it('refuses to overwrite an existing article without --force, naming the file', () => {
      const out = join(work, 'again');
      const input = writeInput(work, 'again.txt', STORY);
      expect(runIngestCli([input, ...FLAGS, '--out', out]).status).toBe(0);
      const path = join(out, SLUG);
      writeFileSync(path, 'edited by hand\n');
      const run = runIngestCli([input, ...FLAGS, '--out', out]);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`error: ${input}: ${path} already exists (use --force to overwrite it)\n`);
      expect(readFileSync(path, 'utf8')).toBe('edited by hand\n');

      const forced = runIngestCli([input, ...FLAGS, '--out', out, '--force']);
      expect(forced.status).toBe(0);
      expect(forced.stdout).toMatch(/^replaced /);
      expect(readFileSync(path, 'utf8')).toContain('title: Yermak');
    });

    it.each([
      ['the same body under another headline', (body: string) => `Another headline for the same story\n\n${body}`],
      ['nine of ten paragraphs, one added', (body: string) => `A rewritten headline\n\n${body}\nA closing line added by another outlet.\n`],
    ])('skips a duplicate (%s), naming the earlier file; --force writes it with a warning', (_name, makeCopy) => {
      const out = tempDir('dup');
      const paragraphs = Array.from({ length: 9 }, (_, i) => `Paragraph ${i + 1}: Dmitriev and Witkoff met again, officials said.`).join('\n');
      const first = writeInput(out, 'first.txt', `Dmitriev and Witkoff meet in Miami\n${paragraphs}\n`);
      const copy = writeInput(out, 'copy.txt', makeCopy(paragraphs));
      const articles = join(out, 'articles');
      expect(runIngestCli([first, ...FLAGS, '--out', articles]).status).toBe(0);
      const original = join(articles, '2025-11-23-dmitriev-and-witkoff-meet-in-miami.md');

      const run = runIngestCli([copy, ...FLAGS, '--out', articles]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`error: ${copy}: its body duplicates ${original}`);
      expect(run.stderr).toContain('skipped (use --force to write it anyway)');
      expect(readArticlesIn(articles).size).toBe(1);

      const forced = runIngestCli([copy, ...FLAGS, '--out', articles, '--force']);
      expect(forced.status).toBe(0);
      expect(forced.stderr).toContain(`warning: ${copy}: its body duplicates ${original}`);
      expect(readArticlesIn(articles).size).toBe(2);
    });

    it.each([
      [['--published', '2025-11-23'], '--outlet'],
      [['--outlet', 'X'], '--published'],
    ])('a missing flag is an error that names it: %j', (flags, flag) => {
      const out = tempDir('missing');
      const run = runIngestCli([writeInput(out, 's.txt', STORY), ...flags, '--out', join(out, 'a')]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^error: .*s\\.txt: missing ${flag} \\(`));
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(join(out, 'a'))).toBe(false);
    });

    it('needs no flags for a .md whose front matter has them', () => {
      const out = tempDir('fm');
      const run = runIngestCli([join(FIXTURES, 'with-front-matter.md'), '--out', out]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    });

    it.each([
      [['--published', '2025-02-30'], '--published must be a real date written YYYY-MM-DD, got "2025-02-30"'],
      [['--published', '14/08/2025'], '--published must be a real date written YYYY-MM-DD, got "14/08/2025"'],
      [['--published', '2025-8-14'], '--published must be a real date'],
      [['--published', ''], '--published is empty'],
      [['--url', 'ftp://example.com/a'], '--url must be an http or https address, got "ftp://example.com/a"'],
      [['--url', 'javascript:alert(1)'], '--url must be an http or https address'],
      [['--url', 'kyivindependent.com/story'], '--url must be an http or https address'],
      [['--outlet', '  '], '--outlet is empty'],
      [['--colour', 'red'], "Unknown option '--colour'"],
    ])('refuses %j with one clean line naming the flag', (flags, message) => {
      const out = tempDir('bad');
      const input = writeInput(out, 's.txt', STORY);
      const run = runIngestCli([input, '--outlet', 'X', '--published', '2025-11-23', ...flags, '--out', join(out, 'a')]);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.split('\n')[0]).toContain(message);
      expect(run.stderr.split('\n')[0]).toMatch(/^error: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(out, 'a'))).toBe(false);
    });

    it('a bad date in front matter names the field it came from', () => {
      const out = tempDir('fmdate');
      const input = writeInput(out, 'a.md', '---\ntitle: T\noutlet: O\npublished: 2025-13-01\n---\nBody.\n');
      const run = runIngestCli([input, '--out', join(out, 'a')]);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(`error: ${input}: front matter published must be a real date written YYYY-MM-DD, got "2025-13-01"\n`);
    });
  });

  describe('nasty inputs', () => {
    it.each([
      ['a missing file', (dir: string) => join(dir, 'nope.txt'), 'no such file'],
      ['a folder', (dir: string) => dir, 'is a folder, not a file'],
      ['a PDF', (dir: string) => writeInput(dir, 'x.pdf', '%PDF-1.4'), 'unsupported input type ".pdf"'],
      ['an empty file', (dir: string) => writeInput(dir, 'empty.txt', ''), 'no body text left after cleaning'],
      ['only furniture', (dir: string) => writeInput(dir, 'f.txt', 'Headline\nAdvertisement\nLeave a comment\nHeadline\n'), 'no body text left after cleaning'],
      ['a page without an article', (dir: string) => writeInput(dir, 'p.html', '<html><body></body></html>'), 'no article text found'],
    ])('reports %s in one line and goes on with the next input', (_name, makeInput, message) => {
      const dir = tempDir('nasty');
      const good = writeInput(dir, 'good.txt', STORY);
      const run = runIngestCli([makeInput(dir), good, ...FLAGS, '--out', join(dir, 'out')]);
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(message);
      expect(run.stdout).toMatch(/^wrote .*yermak-and-umerov/);
    });

    it('strips zero-width and bidi characters from the title and the slug, and keeps the text', () => {
      const out = tempDir('invisible');
      const input = writeInput(out, 'z.txt', '\uFEFFZelenskyy\u200B meets\u00A0Erdogan \u202Ein Ankara\u202C\r\nBody\u00A0text\u200B here.\r\n');
      const run = runIngestCli([input, ...FLAGS, '--out', join(out, 'a')]);
      expect(run.status).toBe(0);
      const files = readArticlesIn(join(out, 'a'));
      expect([...files.keys()]).toEqual(['2025-11-23-zelenskyy-meets-erdogan-in-ankara.md']);
      const text = [...files.values()][0] ?? '';
      expect(text).toContain('title: Zelenskyy meets Erdogan in Ankara\n');
      expect(text).toContain('\nBody text here.\n');
    });

    it('prints usage with --help', () => {
      const run = runIngestCli(['--help']);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^usage: npm run ingest -- <file\.\.\.> --outlet/);
    });

    it('refuses a call with no input files', () => {
      const run = runIngestCli([...FLAGS]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^error: no input files\nusage: /);
    });
  });
});
