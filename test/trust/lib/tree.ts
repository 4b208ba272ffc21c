/**
 * Looking at a built site as files: list, hash, and search every file, including the gzip-compressed
 * files of the search index, so a test can say "this word is nowhere in dist/".
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Every file and folder below `dir` (not following links), `/`-separated, sorted; folders end in `/`. */
export function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const rel = relative(dir, path).split(sep).join('/');
      if (lstatSync(path).isDirectory()) {
        out.push(`${rel}/`);
        walk(path);
      } else out.push(rel);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** The first path whose presence or bytes differ between the trees `a` and `b`, said in words, or null. */
export function firstDifference(a: string, b: string): string | null {
  const left = listTree(a);
  const right = listTree(b);
  const all = [...new Set([...left, ...right])].sort();
  for (const path of all) {
    if (!left.includes(path)) return `${path}: only in the second tree`;
    if (!right.includes(path)) return `${path}: only in the first tree`;
    if (!path.endsWith('/') && !readFileSync(join(a, path)).equals(readFileSync(join(b, path)))) return `${path}: bytes differ`;
  }
  return null;
}

/** Every file (not folder) below `dir`. */
export function listFiles(dir: string): string[] {
  return listTree(dir).filter((path) => !path.endsWith('/'));
}

/** One hash over every path and every byte below `dir`: equal hashes, equal trees. */
export function hashTree(dir: string): string {
  const hash = createHash('sha256');
  for (const path of listTree(dir)) {
    hash.update(`${path}\0`);
    if (!path.endsWith('/')) hash.update(readFileSync(join(dir, path)));
  }
  return hash.digest('hex');
}

/** A file's bytes, decompressed when it is gzip (Pagefind stores its index that way). */
export function readContent(path: string): Buffer {
  const bytes = readFileSync(path);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes);
    } catch {
      return bytes;
    }
  }
  return bytes;
}

/** Files below `dir` whose path or (decompressed) content contains `needle`, ignoring ASCII case. */
export function filesContaining(dir: string, needle: string): string[] {
  const wanted = needle.toLowerCase();
  return listFiles(dir).filter(
    (path) => path.toLowerCase().includes(wanted) || readContent(join(dir, path)).toString('latin1').toLowerCase().includes(wanted),
  );
}

/** Scratch folders a build left in `parent`. */
export function scratchDirs(parent: string): string[] {
  return existsSync(parent) ? readdirSync(parent).filter((name) => name.startsWith('.dist-build-')) : [];
}
