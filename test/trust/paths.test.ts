/**
 * Promise 3, paths: names with `..`, path-like front matter and links in the articles folder cannot make the
 * build read a file outside its inputs or write one outside `dist/`. Links that lead out of the folder,
 * folders, pipes and dangling links are refused by name; a linked articles folder is read like any other.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runBuild, type BuildRun } from './lib/build.ts';
import { article, copyFixtures, tempDir } from './lib/stage.ts';
import { filesContaining, listTree } from './lib/tree.ts';

const GOOD = 'good/2025-12-02-kushner-and-witkoff-meet-putin.md';
/** A word only the file outside the articles folder holds. */
const SECRET = 'Quasarleak';

const scratch = tempDir('paths');
const outside = join(scratch.dir, 'outside');
afterAll(scratch.remove);
beforeAll(() => {
  mkdirSync(outside, { recursive: true });
  writeFileSync(
    join(outside, '2025-12-07-secret.md'),
    article({ title: `${SECRET} memo`, published: '2025-12-07', body: `The ${SECRET} memo stays outside.` }),
  );
});

/** One refused entry: how to make it in the articles folder, and the report line it must produce. */
type Case = [name: string, make: (articles: string) => void, expected: RegExp[]];

const cases: Case[] = [
  [
    'an absolute link to a file outside',
    (dir) => symlinkSync(join(outside, '2025-12-07-secret.md'), join(dir, 'leak.md')),
    [/\/leak\.md is a link to a file outside the articles folder: refused$/],
  ],
  [
    'a relative link to a file outside',
    (dir) => symlinkSync('../../outside/2025-12-07-secret.md', join(dir, 'leak.md')),
    [/\/leak\.md is a link to a file outside the articles folder: refused$/],
  ],
  [
    'a link to a system file',
    (dir) => symlinkSync('/etc/hostname', join(dir, 'hostname.md')),
    [/\/hostname\.md is a link to a file outside the articles folder: refused$/],
  ],
  [
    'a link to a folder outside',
    (dir) => symlinkSync(outside, join(dir, 'more')),
    [/\/more is a link to a file outside the articles folder: refused$/],
  ],
  [
    'a link to a folder inside, named like an article',
    (dir) => {
      mkdirSync(join(dir, 'sub'));
      symlinkSync('sub', join(dir, 'sub-link.md'));
    },
    [
      /\/sub is a folder: articles are files directly inside the articles folder$/,
      /\/sub-link\.md is a folder: articles are files directly inside the articles folder$/,
    ],
  ],
  ['a dangling link', (dir) => symlinkSync(join(scratch.dir, 'nowhere.md'), join(dir, 'gone.md')), [/\/gone\.md is a link to nothing$/]],
  [
    'a named pipe',
    (dir) => {
      spawnSync('mkfifo', [join(dir, 'pipe.md')]);
    },
    [/\/pipe\.md is not a regular file \(a pipe, socket or device\): refused$/],
  ],
  [
    'file names with ..',
    (dir) => {
      for (const name of ['...md', 'a..b.md', '..%2f..%2fescape.md'])
        writeFileSync(join(dir, name), article({ title: 'Dots', published: '2025-12-07', body: 'Rubio met Umerov.' }));
    },
    [/\/\.\.\.md file name must be/, /\/a\.\.b\.md file name must be/, /\/\.\.%2f\.\.%2fescape\.md file name must be/],
  ],
];

describe.each(cases)('an articles folder with %s', (name, make, expected) => {
  const folder = join(scratch.dir, name.replace(/\W+/g, '-'));
  let run: BuildRun;
  beforeAll(() => {
    const articles = copyFixtures(join(folder, 'articles'), [GOOD]);
    make(articles);
    // A build that hangs on the entry fails here instead of hanging the suite.
    run = runBuild({ articles, out: join(folder, 'dist'), timeout: 60_000 });
  });

  it('is refused by name, before anything is read from outside or written', () => {
    const lines = run.stderr.split('\n').map((line) => line.trim());
    for (const line of expected)
      expect(
        lines.some((l) => line.test(l)),
        `${line} in:\n${run.stderr}`,
      ).toBe(true);
    expect(run.status).toBe(1);
    expect(existsSync(join(folder, 'dist'))).toBe(false);
    expect(`${run.stdout}${run.stderr}`).not.toContain(SECRET);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('a linked articles folder with path-like front matter', () => {
  const real = join(scratch.dir, 'real-articles');
  const site = join(scratch.dir, 'site');
  const dist = join(site, 'dist');
  const escapes = ['/tmp/dossier-escape', '/tmp/index', '/tmp/index.html', '/tmp/index.png', join(scratch.dir, 'index')];
  let before: string[];
  let rootBefore: string[];
  let run: BuildRun;
  beforeAll(() => {
    copyFixtures(real, [GOOD, 'paths/2025-12-06-path-like-fields.md']);
    symlinkSync(real, join(scratch.dir, 'articles-link'));
    mkdirSync(site);
    writeFileSync(join(site, 'keep.txt'), 'left alone\n');
    before = listTree(scratch.dir);
    rootBefore = readdirSync(projectRoot).sort();
    run = runBuild({ articles: join(scratch.dir, 'articles-link'), out: dist });
  });

  it('builds from the linked folder', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(dist, 'sources', '2025-12-06-path-like-fields', 'index.html'))).toBe(true);
  });

  it('writes nothing outside dist/: the folders around it and the project are as they were', () => {
    const after = listTree(scratch.dir);
    expect(after.filter((path) => !path.startsWith('site/dist/'))).toEqual(before);
    expect(after).toContain('site/dist/index.html');
    expect(readdirSync(projectRoot).sort()).toEqual(rootBefore);
    for (const path of escapes) expect(existsSync(path), path).toBe(false);
  });

  it('names every output after the validated file name, never after a field, and links nothing', () => {
    const tree = listTree(dist);
    expect(tree.filter((path) => path.includes('..') || path.includes('etc') || path.includes('tmp'))).toEqual([]);
    expect(tree.filter((path) => lstatSync(join(dist, path)).isSymbolicLink())).toEqual([]);
    expect(tree).toContain('og/sources/2025-12-06-path-like-fields.png');
  });

  it('shows path-like fields as text and reads none of the files they name', () => {
    const { document } = parseHTML(readFileSync(join(dist, 'sources', '2025-12-06-path-like-fields', 'index.html'), 'utf8'));
    expect(document.querySelector('h1')?.textContent).toBe('../../../../../../../../tmp/dossier-escape/../index');
    expect(document.querySelector('.meta')?.textContent).toContain('dateline /etc/passwd');
    const passwd = readFileSync('/etc/passwd', 'utf8').split('\n')[0] ?? '';
    expect(passwd.length).toBeGreaterThan(5);
    expect(filesContaining(dist, passwd)).toEqual([]);
    expect(filesContaining(dist, SECRET)).toEqual([]);
  });
});
