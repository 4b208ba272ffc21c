import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, FLAGS, SLUG, STORY, readArticlesIn, runIngestCli, useTempDirs, writeInput } from './run-cli.ts';

const tempDir = useTempDirs();

describe('ingest refusals', () => {
  it('refuses to overwrite an existing article without --force, naming the file', () => {
    const work = tempDir('again');
    const out = join(work, 'out');
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
    const paragraphs = Array.from({ length: 9 }, (_, i) => `Paragraph ${i + 1}: Dmitriev and Witkoff met again, officials said.`).join(
      '\n',
    );
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
