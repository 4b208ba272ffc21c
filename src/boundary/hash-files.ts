/**
 * Digests of files and folders, for deciding what a build can reuse. Nothing is followed out of a folder or read
 * that is not a regular file: a link counts by where it points, a pipe or device by what it is, so hashing never
 * reads outside the inputs and never waits on a pipe (the articles folder refuses those itself).
 */
import type { Hash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Adds every entry below `dir` (itself followed if a link) to `hash`, in name order: file bytes, link targets. */
export function hashFolder(hash: Hash, dir: string, prefix: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    hash.update(`${prefix}${name}\0`);
    if (stat.isSymbolicLink()) hash.update(`link ${readlinkSync(path)}\0`);
    else if (stat.isDirectory()) hashFolder(hash, path, `${prefix}${name}/`);
    else if (stat.isFile()) hash.update(readFileSync(path)).update('\0');
    else hash.update('not a file\0');
  }
}

/** Adds the regular file at `path` to `hash` (its name, and its bytes when it exists). */
export function hashFile(hash: Hash, path: string, name: string): void {
  hash.update(`${name}\0`);
  if (existsSync(path) && lstatSync(path).isFile()) hash.update(readFileSync(path)).update('\0');
}
