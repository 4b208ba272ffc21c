/**
 * A build with nothing to do: when the articles, the editorial data, the code, the public files, the packages,
 * the configuration and where the site goes are all as the last successful build found them, and the site it put
 * in place is still there untouched, that site is what this build would make byte for byte (the output depends on
 * nothing else: no clock, no network), so the build says so and stops, as `make` does. The record of the last
 * build holds a digest of those inputs and a listing of the site it made (every file's path, size, modification
 * time and inode); it is removed before a build replaces the site and written after.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashFile, hashFolder } from '../boundary/hash-files.ts';

/** What decides a build's output besides the files: the site's address, base path and output folder. */
export interface BuildSettings {
  site: string | undefined;
  base: string;
  outDir: string;
  articles: string;
  /** Editorial data folder (it may lie outside `src/`). */
  content: string;
}

/** The last successful build. */
interface BuildRecord {
  inputs: string;
  site: string;
  report: string;
}

/** A digest of every input of a build of the project at `root`. */
export function buildInputsDigest(root: string, settings: BuildSettings): string {
  const hash = createHash('sha256').update(`${process.version}\n${JSON.stringify(settings)}\n`);
  for (const file of ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) hashFile(hash, join(root, file), file);
  hashFolder(hash, join(root, 'src'), 'src/');
  hashFolder(hash, join(root, 'public'), 'public/');
  hashFolder(hash, settings.articles, 'articles/');
  hashFolder(hash, settings.content, 'content/');
  return hash.digest('hex');
}

/** A digest of the listing of the site at `dir` (paths, sizes, modification times, inodes), or '' when it is missing. */
export function siteListingDigest(dir: string): string {
  if (!existsSync(dir)) return '';
  const hash = createHash('sha256');
  const walk = (folder: string, prefix: string) => {
    for (const name of readdirSync(folder).sort()) {
      const stat = statSync(join(folder, name));
      if (stat.isDirectory()) walk(join(folder, name), `${prefix}${name}/`);
      else hash.update(`${prefix}${name} ${stat.size} ${stat.mtimeMs} ${stat.ino}\n`);
    }
  };
  walk(dir, '');
  return hash.digest('hex');
}

function recordFile(cacheDir: string): string {
  return join(cacheDir, 'last-build.json');
}

/** The report of the last build when it had these inputs and its site at `outDir` is untouched; else null. */
export function upToDateReport(cacheDir: string, inputs: string, outDir: string): string | null {
  let record: BuildRecord;
  try {
    record = JSON.parse(readFileSync(recordFile(cacheDir), 'utf8')) as BuildRecord;
  } catch {
    return null;
  }
  if (record.inputs !== inputs) return null;
  return siteListingDigest(outDir) === record.site ? record.report : null;
}

/** Forgets the last build, before its site is replaced. */
export function forgetBuild(cacheDir: string): void {
  rmSync(recordFile(cacheDir), { force: true });
}

/** Records the build that just put its site at `outDir`. */
export function recordBuild(cacheDir: string, inputs: string, outDir: string, report: string): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(recordFile(cacheDir), `${JSON.stringify({ inputs, site: siteListingDigest(outDir), report } satisfies BuildRecord)}\n`);
}
