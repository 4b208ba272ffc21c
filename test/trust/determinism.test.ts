/**
 * Promise 5, determinism: the same inputs built in different folders, one in UTC with a C locale and one
 * in Auckland with a German locale, each with its own empty share-card cache, give byte-identical `dist/`
 * trees: HTML, JSON, feeds, sitemap, search index and PNGs. A third copy built with plain `npx astro build`
 * instead of `npm run build` gives the same tree too.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/copy-project.ts';
import { mustBuild } from './lib/build.ts';
import { tempDir } from './lib/stage.ts';
import { firstDifference, listTree } from './lib/tree.ts';

const scratch = tempDir('determinism');
const builds = [
  { name: 'utc', env: { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' }, npx: false },
  { name: 'auckland', env: { TZ: 'Pacific/Auckland', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' }, npx: false },
  { name: 'npx-astro-build', env: { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' }, npx: true },
];
beforeAll(() => {
  for (const build of builds) {
    const project = copyProject(join(scratch.dir, build.name));
    mustBuild({ cwd: project, articles: 'articles', out: 'dist', env: build.env, npx: build.npx });
  }
});
afterAll(scratch.remove);

describe('builds of the same inputs in different folders, time zones and locales, and by npx astro build', () => {
  const [first, second, third] = builds.map((build) => join(scratch.dir, build.name, 'dist'));

  it('each drew its share cards afresh', () => {
    for (const build of builds) expect(listTree(join(scratch.dir, build.name, '.cache', 'og')).length).toBeGreaterThan(10);
  });

  it('give byte-identical dist/ trees, PNGs and search index included', () => {
    const files = listTree(first ?? '');
    expect(files.some((file) => file.endsWith('.png'))).toBe(true);
    expect(files.some((file) => file.endsWith('.html'))).toBe(true);
    expect(firstDifference(first ?? '', second ?? '')).toBeNull();
  });

  it('give the same tree with npx astro build as with npm run build', () => {
    expect(firstDifference(first ?? '', third ?? '')).toBeNull();
  });
});
