/**
 * The card cache: one PNG per key in `.cache/og/` under the project root (git-ignored; it survives
 * rebuilds). Files are written under a temporary name and renamed, so a file that exists is complete,
 * even when two builds or two workers write the same card at once.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** The default cache folder of the project at `root`. */
export function defaultCacheDir(root: string = process.cwd()): string {
  return join(root, '.cache', 'og');
}

/** Where the card with `key` is (or will be) stored. */
export function cachedFile(cacheDir: string, key: string): string {
  return join(cacheDir, `${key}.png`);
}

/** Whether the card with `key` is cached. */
export function isCached(cacheDir: string, key: string): boolean {
  return existsSync(cachedFile(cacheDir, key));
}

/** Stores a card's PNG atomically. */
export function storeCard(cacheDir: string, key: string, png: Uint8Array): void {
  mkdirSync(cacheDir, { recursive: true });
  const file = cachedFile(cacheDir, key);
  const partial = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
}
