/**
 * Promise 6, no half-written output: a build that fails (on a bad article, or in Astro itself), or is stopped
 * or killed midway, leaves the previous `dist/` exactly as it was (same hash over every path and byte); the next build clears the scratch a killed
 * build left behind; and an article removed from the folder leaves no page, image, feed item, sitemap entry,
 * search entry or `briefing.json` entry behind.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/copy-project.ts';
import { ADDRESSED, ended, mustBuild, printed, runBuild, startBuild, type BuildRun } from './lib/build.ts';
import { article, copyFixtures, tempDir } from './lib/stage.ts';
import { filesContaining, hashTree, listFiles, scratchDirs } from './lib/tree.ts';

const scratch = tempDir('half');
const site = join(scratch.dir, 'site');
const dist = join(site, 'dist');
const articles = join(scratch.dir, 'articles');
const REMOVED = '2025-12-03-macron-and-starmer-discuss-reassurance-force';
/** An article added after the first build, so a build that wrongly finished would change dist/. */
const ADDED = '2025-12-04-erdogan-offers-istanbul';
let first: string;

beforeAll(() => {
  copyFixtures(articles, ['good/2025-12-02-kushner-and-witkoff-meet-putin.md', `good/${REMOVED}.md`]);
  mustBuild({ articles, out: dist, env: ADDRESSED });
  first = hashTree(dist);
  writeFileSync(
    join(articles, `${ADDED}.md`),
    article({
      title: 'Erdogan offers talks in Istanbul',
      published: '2025-12-04',
      body: 'Turkish President Tayyip Erdogan offered on Thursday to host talks in Istanbul.',
    }),
  );
});
afterAll(scratch.remove);

describe('a build that fails on a bad article', () => {
  it('exits non-zero and leaves dist/ byte for byte as it was, with no scratch left', () => {
    writeFileSync(join(articles, '2025-12-05-broken.md'), '---\ntitle: Broken: yes\n---\n\nText.\n');
    const run = runBuild({ articles, out: dist });
    rmSync(join(articles, '2025-12-05-broken.md'));
    expect(run.status).toBe(1);
    expect(hashTree(dist)).toBe(first);
    expect(scratchDirs(site)).toEqual([]);
  });
});

describe('a build that fails in Astro (a page throws while it renders)', () => {
  const project = join(scratch.dir, 'project');
  let before: string;
  let run: BuildRun;
  beforeAll(() => {
    copyProject(project);
    mustBuild({ cwd: project, articles: 'articles', out: 'dist' });
    before = hashTree(join(project, 'dist'));
    writeFileSync(
      join(project, 'src', 'pages', 'broken-page.astro'),
      '---\nthrow new Error("a page that cannot render");\n---\n<p>never</p>\n',
    );
    run = runBuild({ cwd: project, articles: 'articles', out: 'dist' });
  });

  it('exits non-zero, says so, and leaves dist/ byte for byte as it was, with no scratch left', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('a page that cannot render');
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('Build failed; dist/ was left as it was.');
    expect(hashTree(join(project, 'dist'))).toBe(before);
    expect(scratchDirs(project)).toEqual([]);
  });
});

describe.each([
  ['SIGTERM to the build alone', 'SIGTERM', false],
  ['SIGINT to the build and its children (Ctrl-C)', 'SIGINT', true],
  ['SIGKILL to the build and its children', 'SIGKILL', true],
] as const)('a build stopped midway by %s', (_, signal, group) => {
  let exit: number | string;
  let left: string[];
  beforeAll(async () => {
    // Built afresh (nothing reused), and stopped while the search indexer, a process of its own, writes into the
    // scratch site: after every page is rendered, before the share cards and the swap.
    const child = startBuild({ articles, out: dist, extraArgs: ['--force'] });
    const done = ended(child);
    await printed(child, 'search: indexing the pages');
    expect(scratchDirs(site).length).toBeGreaterThan(0);
    process.kill(group ? -(child.pid ?? 0) : (child.pid ?? 0), signal);
    exit = await done;
    if (group) {
      // Whatever the signal spared must not outlive the test.
      try {
        process.kill(-(child.pid ?? 0), 'SIGKILL');
      } catch {
        // already gone
      }
    }
    left = scratchDirs(site);
  });

  it('does not report success', () => {
    expect(exit).not.toBe(0);
  });

  it('leaves the previous dist/ byte for byte as it was', () => {
    expect(hashTree(dist)).toBe(first);
  });

  it(
    signal === 'SIGKILL'
      ? 'leaves its scratch (site and prepared briefing), which nothing can clean up at once'
      : 'removes its scratch folders',
    () => {
      if (signal === 'SIGKILL') expect(left.length).toBeGreaterThan(0);
      else expect(left).toEqual([]);
    },
  );
});

describe('the next build after those', () => {
  it('succeeds and removes the scratch a killed build left behind', () => {
    mustBuild({ articles, out: dist, env: ADDRESSED });
    expect(scratchDirs(site)).toEqual([]);
    expect(listFiles(dist)).toContain(`sources/${ADDED}/index.html`);
    expect(hashTree(dist)).not.toBe(first);
  });
});

describe('a build after an article is removed', () => {
  beforeAll(() => {
    expect(filesContaining(dist, REMOVED).length).toBeGreaterThan(3);
    rmSync(join(articles, `${REMOVED}.md`));
    mustBuild({ articles, out: dist, env: ADDRESSED });
  });

  it('leaves no page, image, feed item, sitemap entry, search entry or JSON entry of it', () => {
    expect(filesContaining(dist, REMOVED)).toEqual([]);
    expect(filesContaining(dist, 'reassurance force')).toEqual([]);
    expect(listFiles(dist)).toContain('sources/2025-12-02-kushner-and-witkoff-meet-putin/index.html');
  });
});
