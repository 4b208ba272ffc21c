/** Digests of files and folders, for deciding what a build can reuse. */
import type { Hash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Adds every file below `dir` to `hash`, path and bytes, in name order; a link by its target too. */
export function hashFolder(hash: Hash, dir: string, prefix: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    hash.update(`${prefix}${name}\0`);
    if (stat.isSymbolicLink()) hash.update(`link ${readlinkSync(path)}\0`);
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) hashFolder(hash, path, `${prefix}${name}/`);
    else if (existsSync(path)) hash.update(readFileSync(path)).update('\0');
  }
}

/** Adds the file at `path` to `hash` (its name, and its bytes when it exists). */
export function hashFile(hash: Hash, path: string, name: string): void {
  hash.update(`${name}\0`);
  if (existsSync(path)) hash.update(readFileSync(path)).update('\0');
}
