/**
 * A rebuild renders only the pages whose content changed (Astro's incremental build, keyed by
 * `src/site/page-keys/`) and copies the rest from the previous build; what it gives must be byte for byte what a
 * clean build of the same inputs gives. One copy of the project is rebuilt step by step (an article added,
 * removed and edited, a topic introduction and a template changed); a second copy builds every step from an
 * empty cache, and the two `dist/` trees are compared after each.
 */
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, projectRoot } from '../helpers/copy-project.ts';
import { defaultStory } from '../helpers/stories.ts';
import { mustBuild } from '../trust/lib/build.ts';
import { tempDir } from '../trust/lib/stage.ts';
import { firstDifference } from '../trust/lib/tree.ts';

const scratch = tempDir('incremental');
afterAll(scratch.remove);

const incremental = copyProject(join(scratch.dir, 'incremental'));
const clean = copyProject(join(scratch.dir, 'clean'));
// Both draw share cards into one cache: cards are keyed by what they show, and this test is about pages.
mkdirSync(join(incremental, '.cache'), { recursive: true });
symlinkSync(join(incremental, '.cache'), join(clean, '.cache'));

const articles = join(scratch.dir, 'articles');
cpSync(defaultStory.articles, articles, { recursive: true });
const sixth = '2025-11-30-ukraine-delegation-heads-to-florida.md';
const edited = '2025-08-16-trump-and-putin-hold-direct-talks-on-ukraine-ceasefire-in.md';

/** The HTML pages a build's log lists as rendered (not copied from the previous build), as paths below the site. */
function renderedPages(log: string): string[] {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  return [...plain.matchAll(/[├└]─ \/(\S*index\.html|404\.html) \(\+/g)]
    .map((match) => (match[1] ?? '').replace(/index\.html$/, ''))
    .sort();
}

/** What the incremental copy's last build said. */
let said = '';

/** Builds the incremental copy (with `--force`: from nothing); the pages it rendered. */
function rebuild(force = false): string[] {
  const run = force
    ? mustBuild({ cwd: incremental, articles, out: 'dist', timeout: 600_000, extraArgs: ['--force'] })
    : mustBuild({ cwd: incremental, articles, out: 'dist', timeout: 600_000 });
  said = run.stdout + run.stderr;
  return renderedPages(said);
}

/** Builds the clean copy from an empty page cache; the first difference from the incremental copy's site. */
function differenceFromClean(): string | null {
  rmSync(join(clean, '.astro', 'cache'), { recursive: true, force: true });
  mustBuild({ cwd: clean, articles, out: 'dist', timeout: 600_000 });
  return firstDifference(join(incremental, 'dist'), join(clean, 'dist'));
}

/** Pages with no key, rendered by every build: home, about, the editors' page, search and not found. */
const ALWAYS = ['', '404.html', 'about/', 'editors/', 'search/'];
const STEP = 600_000;

describe('a rebuild that renders only what changed', () => {
  let first = '';
  let pages = 0;

  it(
    'renders every page the first time, and stops at once when nothing changed',
    () => {
      pages = rebuild().length;
      expect(pages).toBeGreaterThan(40);
      first = join(scratch.dir, 'first');
      cpSync(join(incremental, 'dist'), first, { recursive: true });
      expect(rebuild()).toEqual([]);
      expect(said).toContain('Nothing changed since the last build (articles, editorial data, code, configuration): dist/ is up to date.');
      expect(said).toContain('Briefing "Ukraine peace talks"');
      expect(firstDifference(join(incremental, 'dist'), first)).toBeNull();
    },
    STEP,
  );

  it(
    'renders only the pages without a key when its site was touched, reusing the analysis and the search index',
    () => {
      writeFileSync(join(incremental, 'dist', 'index.html'), 'touched');
      expect(rebuild()).toEqual(ALWAYS);
      expect(said).toContain('the last analysis read: its results reused');
      expect(said).toMatch(/search: the searchable pages are those of dist\/, its index of \d+ pages copied/);
      expect(firstDifference(join(incremental, 'dist'), first)).toBeNull();
    },
    STEP,
  );

  it(
    'gives a clean build’s site after an article is added, rendering the pages it changes and copying others',
    () => {
      cpSync(join(projectRoot, 'test', 'fixtures', 'sixth-article', sixth), join(articles, sixth));
      const rendered = rebuild();
      expect(rendered).toContain(`sources/${sixth.replace(/\.md$/, '')}/`);
      expect(rendered).toContain('updates/');
      expect(rendered.length).toBeLessThan(pages);
      expect(differenceFromClean()).toBeNull();
    },
    STEP,
  );

  it(
    'gives the first site again after that article is removed',
    () => {
      rmSync(join(articles, sixth));
      const rendered = rebuild();
      expect(rendered).not.toContain(`sources/${sixth.replace(/\.md$/, '')}/`);
      expect(firstDifference(join(incremental, 'dist'), first)).toBeNull();
    },
    STEP,
  );

  it(
    'gives a clean build’s site after an article is edited',
    () => {
      appendFileSync(
        join(articles, edited),
        '\nUkrainian President Volodymyr Zelenskiy said on Saturday that Kyiv would not give up land in the Donbas.\n',
      );
      const rendered = rebuild();
      expect(rendered).toContain(`sources/${edited.replace(/\.md$/, '')}/`);
      expect(differenceFromClean()).toBeNull();
    },
    STEP,
  );

  it(
    'renders only its topic page when a topic’s introduction changes',
    () => {
      for (const project of [incremental, clean])
        appendFileSync(join(project, 'src/content/topics/territory.mdx'), '\nMaps of the front line change weekly.\n');
      expect(rebuild()).toEqual([...ALWAYS, 'topics/territory/'].sort());
      expect(differenceFromClean()).toBeNull();
    },
    STEP,
  );

  it(
    'renders the pages that use a changed component, and only those',
    () => {
      for (const project of [incremental, clean]) {
        const file = join(project, 'src/components/StepPager.astro');
        writeFileSync(file, readFileSync(file, 'utf8').replace('<nav class="pager"', '<nav class="pager" data-pager'));
      }
      const rendered = rebuild();
      expect(rendered).toContain('updates/');
      expect(rendered).toContain('timeline/');
      expect(rendered.filter((page) => page.startsWith('sources/') && page !== 'sources/')).toEqual([]);
      expect(rendered.filter((page) => page.startsWith('participants/') && page !== 'participants/')).toEqual([]);
      expect(differenceFromClean()).toBeNull();
    },
    STEP,
  );

  it(
    'renders every page and reuses nothing with --force, giving the same site',
    () => {
      expect(rebuild(true).length).toBeGreaterThan(40);
      expect(said).not.toContain('reused');
      expect(said).toMatch(/search: \d+ pages indexed/);
      expect(firstDifference(join(incremental, 'dist'), join(clean, 'dist'))).toBeNull();
    },
    STEP,
  );
});
