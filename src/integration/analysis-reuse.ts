/**
 * A rebuild whose inputs and code are what the last analysis read reuses that analysis: everything the analysis
 * step writes (`prepared-files.ts`) is a function of the articles, the editorial data and the code alone (no
 * clock, no network), so it is kept beside Astro's caches with a digest of those, and taken again when the
 * digest comes out the same. The digest covers every file of the articles folder (names, links, bytes), every
 * file below `src/` (the code and the editorial data), the lockfile (the packages) and the Node version.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashFile, hashFolder } from '../boundary/hash-files.ts';
import { PREPARED } from './prepared-files.ts';

/** The digest of everything the analysis of `articles` in the project at `root` reads or runs. */
export function analysisDigest(root: string, articles: string, content: string): string {
  const hash = createHash('sha256').update(`${process.version}\n${root}\n${articles}\n${content}\n`);
  hashFile(hash, join(root, 'package-lock.json'), 'package-lock.json');
  hashFolder(hash, join(root, 'src'), 'src/');
  hashFolder(hash, articles, 'articles/');
  hashFolder(hash, content, 'content/');
  return hash.digest('hex');
}

/** Where the last analysis is kept. */
function keptDir(cacheDir: string): string {
  return join(cacheDir, 'analysis');
}

/** A hard link where the file system allows one, else a copy. */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** The files the analysis step writes for the rest of the build (the status file is its progress, not a result). */
const RESULTS = Object.values(PREPARED).filter((name) => name !== PREPARED.status);

/** Puts the kept analysis into `into` when its digest is `digest`; whether it did. */
export function reuseAnalysis(cacheDir: string, digest: string, into: string): boolean {
  const kept = keptDir(cacheDir);
  const digestFile = join(kept, 'digest.txt');
  if (!existsSync(digestFile) || readFileSync(digestFile, 'utf8') !== digest) return false;
  if (!RESULTS.every((name) => existsSync(join(kept, name)))) return false;
  for (const name of RESULTS) linkOrCopy(join(kept, name), join(into, name));
  return true;
}

/** Keeps the analysis written into `from` under `digest`, for the next build. */
export function keepAnalysis(cacheDir: string, digest: string, from: string): void {
  const kept = keptDir(cacheDir);
  rmSync(kept, { recursive: true, force: true });
  mkdirSync(kept, { recursive: true });
  for (const name of RESULTS) linkOrCopy(join(from, name), join(kept, name));
  // Last: a kept folder without its digest is never taken.
  writeFileSync(join(kept, 'digest.txt'), digest);
}
