import { existsSync, mkdirSync, readFileSync } from 'node:fs';
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

  it('writes one article per input and reports where its fields came from and what it removed', () => {
    const out = join(work, 'out');
    const input = writeInput(work, 'story.txt', STORY);
    const run = runIngestCli([input, ...FLAGS, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        `wrote ${join(out, SLUG)} from ${input} (2 paragraphs)`,
        '  fields: title from the first line, outlet from --outlet, published from --published, dateline from the body, wire from the body',
        '  removed: dateline GENEVA (Reuters)',
        '',
      ].join('\n'),
    );
    const text = readFileSync(join(out, SLUG), 'utf8');
    expect(text).toBe(
      '---\ntitle: Yermak and Umerov lead Kyiv team at Geneva talks\noutlet: The Wire Desk\npublished: 2025-11-23\ndateline: GENEVA\nwire: Reuters\n---\n\nUkraine sent a delegation led by Andriy Yermak to Geneva.\n\nThe talks with U.S. officials lasted into the night.\n',
    );
  });

  it('prints paths relative to the working folder and defaults --out to articles/', () => {
    const project = tempDir('project');
    writeInput(project, 'story.txt', STORY);
    const run = runIngestCli(['story.txt', ...FLAGS], project);
    expect(run.stdout.split('\n')[0]).toBe(`wrote articles/${SLUG} from story.txt (2 paragraphs)`);
    expect(existsSync(join(project, 'articles', SLUG))).toBe(true);
  });

  it('ingests every fixture kind into files the build reads without error', () => {
    const out = tempDir('kinds');
    const inputs = ['wire-story.txt', 'with-front-matter.md', 'no-front-matter.md', 'saved-page.html'].map((name) => join(FIXTURES, name));
    const run = runIngestCli([...inputs, ...FLAGS, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').filter((line) => line.startsWith('wrote '))).toHaveLength(4);
    const folder = readArticles(ROOT, out);
    expect(folder.errors).toEqual([]);
    // Front matter wins over --outlet; --outlet wins over the page's og:site_name.
    expect(folder.articles.map((article) => article.outlet).sort()).toEqual([
      'The Capital Report',
      'The Wire Desk',
      'The Wire Desk',
      'The Wire Desk',
    ]);
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

  it('ingests every article file directly in a folder, sorted by name, and nothing below it', () => {
    const dir = tempDir('folder');
    const inbox = join(dir, 'inbox');
    mkdirSync(join(inbox, 'story_files'), { recursive: true });
    writeInput(inbox, 'b.txt', 'Witkoff lands in Moscow\nWitkoff landed in Moscow on Tuesday for talks.\n');
    writeInput(inbox, 'a.md', '# Umerov meets Driscoll in Abu Dhabi\n\nThe two met on Tuesday, officials said.\n');
    writeInput(inbox, 'notes.pdf', '%PDF-1.4');
    writeInput(inbox, '.hidden.txt', 'Hidden headline\nHidden text.\n');
    writeInput(join(inbox, 'story_files'), 'nested.html', '<html><body><p>Nested page text, long enough.</p></body></html>');
    const run = runIngestCli([inbox, ...FLAGS, '--out', join(dir, 'out')]);
    expect(run.stderr).toBe('');
    expect(
      run.stdout
        .split('\n')
        .filter((line) => line.startsWith('wrote '))
        .map((line) => line.replace(/^.* from /, '')),
    ).toEqual([`${join(inbox, 'a.md')} (1 paragraph)`, `${join(inbox, 'b.txt')} (1 paragraph)`]);
    expect([...readArticlesIn(join(dir, 'out')).keys()]).toEqual([
      '2025-11-23-umerov-meets-driscoll-in-abu-dhabi.md',
      '2025-11-23-witkoff-lands-in-moscow.md',
    ]);
  });

  it('names each kind removed, and lists every removed line with its reason under --show-removed', () => {
    const dir = tempDir('removed');
    const input = writeInput(
      dir,
      'furniture.txt',
      'Yermak meets Rubio in Geneva\nKYIV/WASHINGTON, Nov 23 (Reuters) - Andriy Yermak met Marco Rubio on Sunday.\nAdvertisement\n[Photo Credit: Reuters]\nThe talks went on into the evening.\nStory continues below\nContinue reading\n',
    );
    const plain = runIngestCli([input, ...FLAGS, '--out', join(dir, 'a')]);
    expect(plain.stdout.split('\n')[2]).toBe('  removed: 3 advertisement lines, photo credit, dateline KYIV/WASHINGTON (Reuters)');
    const shown = runIngestCli([input, ...FLAGS, '--out', join(dir, 'b'), '--show-removed']);
    expect(shown.stdout.split('\n').slice(3, -1)).toEqual([
      '    advertisement line: "Advertisement" (drop-furniture-lines: matches "Advertisement")',
      '    photo credit: "[Photo Credit: Reuters]" (drop-furniture-lines: matches "[Photo credit: *]")',
      '    advertisement line: "Story continues below" (drop-furniture-lines: matches "Story continues below")',
      '    advertisement line: "Continue reading" (drop-furniture-lines: matches "Continue reading")',
      '    dateline KYIV/WASHINGTON (Reuters): "KYIV/WASHINGTON, Nov 23 (Reuters) -" (take-dateline: a place opens the body)',
    ]);
  });

  describe('nasty inputs', () => {
    it.each([
      ['a missing file', (dir: string) => join(dir, 'nope.txt'), 'no such file'],
      ['a folder with no articles', (dir: string) => join(dir, 'sub'), 'no .txt, .md, .markdown, .html, .htm files in this folder'],
      ['an ftp address', () => 'ftp://example.org/story.html', 'only http and https addresses can be fetched'],
      ['a file: address', () => 'file:///etc/passwd', 'only http and https addresses can be fetched'],
      ['a PDF', (dir: string) => writeInput(dir, 'x.pdf', '%PDF-1.4'), 'unsupported input type ".pdf"'],
      ['an empty file', (dir: string) => writeInput(dir, 'empty.txt', ''), 'no body text left after cleaning'],
      [
        'only furniture',
        (dir: string) => writeInput(dir, 'f.txt', 'Headline\nAdvertisement\nLeave a comment\nHeadline\n'),
        'no body text left after cleaning',
      ],
      ['a page without an article', (dir: string) => writeInput(dir, 'p.html', '<html><body></body></html>'), 'no article text found'],
    ])('reports %s in one line and goes on with the next input', (_name, makeInput, message) => {
      const dir = tempDir('nasty');
      mkdirSync(join(dir, 'sub'));
      const good = writeInput(dir, 'good.txt', STORY);
      const run = runIngestCli([makeInput(dir), good, ...FLAGS, '--out', join(dir, 'out')]);
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(message);
      expect(run.stdout).toMatch(/^wrote .*yermak-and-umerov/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });

    it('strips zero-width and bidi characters from the title and the slug, and keeps the text', () => {
      const out = tempDir('invisible');
      const input = writeInput(
        out,
        'z.txt',
        '\uFEFFZelenskyy\u200B meets\u00A0Erdogan \u202Ein Ankara\u202C\r\nBody\u00A0text\u200B here.\r\n',
      );
      const run = runIngestCli([input, ...FLAGS, '--out', join(out, 'a')]);
      expect(run.status).toBe(0);
      const files = readArticlesIn(join(out, 'a'));
      expect([...files.keys()]).toEqual(['2025-11-23-zelenskyy-meets-erdogan-in-ankara.md']);
      const text = [...files.values()][0] ?? '';
      expect(text).toContain('title: Zelenskyy meets Erdogan in Ankara\n');
      expect(text).toContain('\nBody text here.\n');
    });

    it('documents every option with --help', () => {
      const run = runIngestCli(['--help']);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^usage: npm run ingest -- <file\|folder\|URL\.\.\.>/);
      for (const option of [
        '--outlet',
        '--published',
        '--url',
        '--wire',
        '--dateline',
        '--force',
        '--out',
        '--show-removed',
        '--timeout',
        'og:site_name',
        'JSON-LD',
        'FOLDER',
        'URL',
      ]) {
        expect(run.stdout).toContain(option);
      }
    });

    it('refuses a call with no inputs', () => {
      const run = runIngestCli([...FLAGS]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^error: no inputs \(give files, folders or web addresses\)\nusage: /);
    });
  });
});
