/**
 * Search without indexing again when nothing it indexes changed. Pagefind builds its index in one go from every
 * page it is given (it has no way to update an index, and its files depend on every page and on their order), so
 * a rebuild whose searchable pages differ by one byte indexes them all again. When they are byte for byte the
 * pages the site in place was indexed from, that site's index is copied instead: the same inputs give Pagefind's
 * same files. A digest of the searchable pages, with Pagefind's version, is kept beside the build's caches.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SEARCHABLE_PAGES } from './index-search.ts';

/** What the last build that indexed search recorded: the digest of the pages it indexed, and where it put them. */
interface SearchRecord {
  digest: string;
  site: string;
  pages: number;
}

/** The version of the Pagefind package that indexes (an ES module only, whose manifest is not among its exports). */
function pagefindVersion(root: string): string {
  const folders = createRequire(join(root, 'package.json')).resolve.paths('pagefind') ?? [];
  const manifest = folders.map((folder) => join(folder, 'pagefind', 'package.json')).find((path) => existsSync(path));
  if (!manifest) throw new Error('the pagefind package is not installed');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** A digest of every searchable page of `siteDir`, path and bytes, in path order, with Pagefind's version. */
export function searchDigest(siteDir: string, root: string): string {
  const hash = createHash('sha256').update(`pagefind ${pagefindVersion(root)}\n${SEARCHABLE_PAGES}\n`);
  for (const path of globSync(SEARCHABLE_PAGES, { cwd: siteDir }).sort())
    hash
      .update(`${path}\n`)
      .update(readFileSync(join(siteDir, path)))
      .update('\n');
  return hash.digest('hex');
}

/** Where the record of the last indexed search lives. */
function recordFile(cacheDir: string): string {
  return join(cacheDir, 'search.json');
}

/**
 * Copies the index of the site now at `site` into `siteDir` when that site was indexed from pages with `digest`;
 * how many pages the index holds, or null when it must be indexed anew.
 */
export function reuseSearchIndex(siteDir: string, site: string, digest: string, cacheDir: string): number | null {
  let record: SearchRecord;
  try {
    record = JSON.parse(readFileSync(recordFile(cacheDir), 'utf8')) as SearchRecord;
  } catch {
    return null;
  }
  const index = join(site, 'pagefind');
  if (record.digest !== digest || record.site !== site || !existsSync(join(index, 'pagefind-entry.json'))) return null;
  cpSync(index, join(siteDir, 'pagefind'), { recursive: true });
  return record.pages;
}

/** Records that the site about to be moved to `site` has the index of pages with `digest`. */
export function recordSearchIndex(site: string, digest: string, pages: number, cacheDir: string): void {
  mkdirSync(dirname(recordFile(cacheDir)), { recursive: true });
  writeFileSync(recordFile(cacheDir), `${JSON.stringify({ digest, site, pages } satisfies SearchRecord)}\n`);
}

/** Forgets the record, before the site it names is replaced. */
export function forgetSearchIndex(cacheDir: string): void {
  rmSync(recordFile(cacheDir), { force: true });
}
