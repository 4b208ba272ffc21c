/**
 * Promise 5, determinism: the same inputs built in two different folders, one in UTC with a C locale and one
 * in Auckland with a German locale, each with its own empty share-card cache, give byte-identical `dist/`
 * trees: HTML, JSON, feeds, sitemap, search index and PNGs.
 */
import { cpSync, readFileSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mustBuild, projectRoot } from './lib/build.ts';
import { tempDir } from './lib/stage.ts';
import { listTree } from './lib/tree.ts';

/** Top-level entries that are not inputs: dependencies, caches, outputs, history. */
const LEFT_OUT = new Set(['node_modules', '.cache', 'dist', '.astro', '.git', 'test/.tmp', 'bench/tmp']);

/** A copy of the project without caches or outputs, with the dependencies linked. */
function copyProject(to: string): string {
  cpSync(projectRoot, to, {
    recursive: true,
    filter: (source) => {
      const path = relative(projectRoot, source).split('\\').join('/');
      // Earlier outputs of the project's own builds (`dist.previous`, `.dist-build-*` scratch) are left out too.
      return !LEFT_OUT.has(path) && !/^(?:dist[.-]|\.dist-build-)[^/]*$/.test(path);
    },
  });
  symlinkSync(join(projectRoot, 'node_modules'), join(to, 'node_modules'));
  return to;
}

/** The first path whose presence or bytes differ between two trees, or null. */
function firstDifference(a: string, b: string): string | null {
  const left = listTree(a);
  const right = listTree(b);
  const all = [...new Set([...left, ...right])].sort();
  for (const path of all) {
    if (!left.includes(path)) return `${path}: only in the second build`;
    if (!right.includes(path)) return `${path}: only in the first build`;
    if (!path.endsWith('/') && !readFileSync(join(a, path)).equals(readFileSync(join(b, path)))) return `${path}: bytes differ`;
  }
  return null;
}

const scratch = tempDir('determinism');
const builds = [
  { name: 'utc', env: { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } },
  { name: 'auckland', env: { TZ: 'Pacific/Auckland', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' } },
];
beforeAll(() => {
  for (const build of builds) {
    const project = copyProject(join(scratch.dir, build.name));
    mustBuild({ cwd: project, articles: 'articles', out: 'dist', env: build.env });
  }
});
afterAll(scratch.remove);

describe('two builds of the same inputs in different folders, time zones and locales', () => {
  const [first, second] = builds.map((build) => join(scratch.dir, build.name, 'dist'));

  it('each drew its share cards afresh', () => {
    for (const build of builds) expect(listTree(join(scratch.dir, build.name, '.cache', 'og')).length).toBeGreaterThan(10);
  });

  it('give byte-identical dist/ trees, PNGs and search index included', () => {
    const files = listTree(first ?? '');
    expect(files.some((file) => file.endsWith('.png'))).toBe(true);
    expect(files.some((file) => file.endsWith('.html'))).toBe(true);
    expect(firstDifference(first ?? '', second ?? '')).toBeNull();
  });
});
