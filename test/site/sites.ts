/**
 * The sites the site tests look at, built once per test run by `build-sites.ts`: the seeds at the domain root
 * with no site address (as the README's first command builds them), and the seeds under a base path on a
 * configured domain.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
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
