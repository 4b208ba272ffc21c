/**
 * The sites the site tests look at, built once per test run by `build-sites.ts`: the default story at the
 * domain root with no site address (as the README's first command builds it), under a base path on a configured
 * domain, and with a sixth article; and the second story, made the way a new user makes a site, in a copy of the
 * project, on a configured domain.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '..', '..');
const tmp = join(projectRoot, 'test', '.tmp', 'sites');

/** A built site: its folder, base path and site address (null: built with none set). */
export interface BuiltSite {
  dir: string;
  base: string;
  siteUrl: string | null;
}

export const rootSite: BuiltSite = { dir: join(tmp, 'root'), base: '/', siteUrl: null };
export const subPathSite: BuiltSite = { dir: join(tmp, 'briefing'), base: '/briefing/', siteUrl: 'https://example.org' };
/** The seeds plus one new article (test/fixtures/sixth-article), as an editor's rebuild would make it. */
export const plusOneSite: BuiltSite = { dir: join(tmp, 'plus-one'), base: '/', siteUrl: 'https://example.org' };

/** What a build printed on standard output, kept beside the site. */
export function buildLog(site: BuiltSite): string {
  return readFileSync(`${site.dir}.log`, 'utf8');
}

/** The origin a site's addresses resolve against: its own, or a stand-in for one built without an address. */
export function originOf(site: BuiltSite): string {
  return new URL(site.siteUrl ?? 'https://site.invalid').origin;
}
/** Where the plus-one site's articles are gathered. */
export const plusOneArticles = join(tmp, 'plus-one-articles');
/**
 * The copy of the project the second story is started, ingested and built in: outside the project (a folder
 * cannot be copied into itself), one per working copy.
 */
export const secondStoryProject = join(
  tmpdir(),
  `dossier-second-story-${createHash('sha256').update(projectRoot).digest('hex').slice(0, 12)}`,
);
/** The second story's site, built in that copy into its `dist/`. */
export const secondStorySite: BuiltSite = { dir: join(secondStoryProject, 'dist'), base: '/', siteUrl: 'https://salmon.example.org' };
/** What each command of the second story's making printed, as `{ command, stdout, ms }` rows in JSON. */
export const secondStorySteps = join(tmp, 'second-story-steps.json');

/** Every file below `dir`, as `/`-separated paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files;
}

/** Every HTML page of a site. */
export function htmlPages(site: BuiltSite): { file: string; html: string }[] {
  return listFiles(site.dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(join(site.dir, file), 'utf8') }));
}
