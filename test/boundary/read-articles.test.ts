import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readArticles } from '../../src/boundary/read-articles.ts';
import { formatInputError } from '../../src/boundary/input-error.ts';

const article = (title: string) => `---\ntitle: ${title}\noutlet: Example Times\npublished: 2025-08-15\n---\n\nBody of ${title}.\n`;

let root: string;
let dir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-read-'));
  dir = join(root, 'articles');
  mkdirSync(dir);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function read() {
  const result = readArticles(root, dir);
  return { slugs: result.articles.map((a) => a.slug), errors: result.errors.map(formatInputError) };
}

describe('readArticles', () => {
  it('reads every .md article, sorted by slug, and skips dot files', () => {
    writeFileSync(join(dir, 'b-story.md'), article('B'));
    writeFileSync(join(dir, 'a-story.md'), article('A'));
    writeFileSync(join(dir, '.gitkeep'), '');
    expect(read()).toEqual({ slugs: ['a-story', 'b-story'], errors: [] });
  });

  it('holds no articles when the folder is missing', () => {
    rmSync(dir, { recursive: true });
    expect(read()).toEqual({ slugs: [], errors: [] });
  });

  it.each([
    ['story.mdx', 'articles/story.mdx refused: MDX is executable code and articles are untrusted: save the article as .md'],
    ['story.html', 'articles/story.html refused: only .md articles are read: convert it with `npm run ingest`'],
    ['..story.md', 'articles/..story.md file name must be lowercase letters, digits and hyphens (for example 2026-03-02-budget-vote.md)'],
    ['my story.md', 'articles/my story.md file name must be lowercase letters, digits and hyphens (for example 2026-03-02-budget-vote.md)'],
  ])('refuses the file %s', (name, expected) => {
    writeFileSync(join(dir, name), article('X'));
    const { slugs, errors } = read();
    expect(slugs).toEqual([]);
    expect(errors).toEqual([expected]);
  });

  it('names both files of a duplicate slug, including names that differ only in case', () => {
    writeFileSync(join(dir, 'Story.md'), article('One'));
    writeFileSync(join(dir, 'story.md'), article('Two'));
    const { slugs, errors } = read();
    expect(slugs).toEqual(['story']);
    expect(errors).toEqual(['articles/story.md has the same slug "story" as articles/Story.md: rename one of them']);
  });

  it('refuses links that lead outside the folder, and folders', () => {
    const outside = join(root, 'secret.md');
    writeFileSync(outside, article('Secret'));
    symlinkSync(outside, join(dir, 'leak.md'));
    mkdirSync(join(dir, 'nested'));
    expect(read().errors).toEqual([
      'articles/leak.md is a link to a file outside the articles folder: refused',
      'articles/nested is a folder: articles are files directly inside the articles folder',
    ]);
  });

  it('follows a link that stays inside the folder', () => {
    writeFileSync(join(dir, 'real.md'), article('Real'));
    symlinkSync(join(dir, 'real.md'), join(dir, 'alias.md'));
    expect(read()).toEqual({ slugs: ['alias', 'real'], errors: [] });
  });
});
