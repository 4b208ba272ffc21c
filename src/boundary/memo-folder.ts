/**
 * The analysis's per-article memo (`src/core/stage-memo.ts`) kept in a folder between builds: one file per
 * article, named by a digest of the article's every field and of the engine (every file of `src/core`, the
 * lockfile and the Node version), holding each per-article stage's result with a digest of the settings it
 * was read with. A result is recalled only when all of these are the same, so it is the result the stage would
 * give again. Files are written whole under another name and renamed; a run removes the files of articles it
 * did not read.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ArticleInput } from '../core/model.ts';
import type { StageMemo } from '../core/stage-memo.ts';
import { hashFile, hashFolder } from './hash-files.ts';

/**
 * Each stage's result for one article, serialised when kept (so that nothing the analysis does afterwards can
 * change what is stored), with the digest of the settings it was read with.
 */
type ArticleEntry = Record<string, { settings: string; bytes: Uint8Array }>;

/** A memo that can be written back. */
export interface MemoFolder extends StageMemo {
  /** Writes the entries this run added and removes those of articles it did not read. */
  save(): void;
}

/** A digest of the analysis code of the project at `root`: `src/core`, the lockfile, the Node version. */
export function engineDigest(root: string): string {
  const hash = createHash('sha256').update(`${process.version}\n`);
  hashFile(hash, join(root, 'package-lock.json'), 'package-lock.json');
  hashFolder(hash, join(root, 'src', 'core'), 'src/core/');
  return hash.digest('hex');
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/** The memo kept in `dir` for the analysis code of the project at `root`. */
export function memoFolder(dir: string, root: string): MemoFolder {
  const engine = engineDigest(root);
  const names = new WeakMap<ArticleInput, string>();
  const settingsDigests = new WeakMap<object, string>();
  const entries = new Map<string, ArticleEntry>();
  const changed = new Set<string>();

  const fileOf = (article: ArticleInput): string => {
    let name = names.get(article);
    if (name === undefined) {
      name = `${digest(`${engine}\n${JSON.stringify(article)}`)}.v8`;
      names.set(article, name);
    }
    return name;
  };
  const settingsOf = (settings: unknown): string => {
    if (settings === undefined) return '';
    if (typeof settings !== 'object' || settings === null) return digest(JSON.stringify(settings));
    let known = settingsDigests.get(settings);
    if (known === undefined) {
      known = digest(JSON.stringify(settings));
      settingsDigests.set(settings, known);
    }
    return known;
  };
  const entryOf = (article: ArticleInput): ArticleEntry => {
    const name = fileOf(article);
    let entry = entries.get(name);
    if (entry === undefined) {
      try {
        entry = deserialize(readFileSync(join(dir, name))) as ArticleEntry;
      } catch {
        entry = {};
      }
      entries.set(name, entry);
    }
    return entry;
  };

  return {
    recall(stage, article, settings) {
      const kept = entryOf(article)[stage];
      return kept !== undefined && kept.settings === settingsOf(settings) ? deserialize(kept.bytes) : undefined;
    },
    keep(stage, article, result, settings) {
      entryOf(article)[stage] = { settings: settingsOf(settings), bytes: serialize(result) };
      changed.add(fileOf(article));
    },
    save() {
      mkdirSync(dir, { recursive: true });
      for (const name of changed) {
        const partial = join(dir, `${name}.${process.pid}.partial`);
        writeFileSync(partial, serialize(entries.get(name)));
        renameSync(partial, join(dir, name));
      }
      for (const name of readdirSync(dir)) if (!entries.has(name)) rmSync(join(dir, name), { force: true });
    },
  };
}
