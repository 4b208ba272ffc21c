import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from '../../src/boundary/read-articles.ts';
import { FIXTURES, FLAGS, ROOT, SLUG, STORY, readArticlesIn, runIngestCli, useTempDirs, writeInput } from './run-cli.ts';

const tempDir = useTempDirs();

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
