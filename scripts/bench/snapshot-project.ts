/**
 * A private copy of the project for benchmarking: its sources and scripts, with the default story in place of
 * whatever story the project holds (so every run measures the same corpus), and a `node_modules` folder of links
 * to the real packages. Builds in the copy have their own Astro and Vite caches, card cache and output, so a cold
 * build can be made cold without touching the working copy, and edits made in the working copy while the
 * benchmark runs do not change what it measures.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { installStory } from '../../src/story/install-story.ts';
import { DEFAULT_STORY } from '../../src/story/story-folders.ts';

/** Top-level entries that are output, caches, history, tests or the project's own story, never copied. */
const SKIPPED = new Set([
  'node_modules',
  'dist',
  'dist.previous',
  '.git',
  '.cache',
  '.astro',
  'bench',
  'test',
  '.github',
  '.ci',
  'articles',
]);

/** Entries of `node_modules` that are caches written by builds, never linked. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/** Copies the project at `root` into `dir` (emptied first) and links its packages. */
export function snapshotProject(root: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(root)) {
    if (SKIPPED.has(name) || name.startsWith('.dist-')) continue;
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  installStory(dir, { articles: join(root, DEFAULT_STORY.articles), content: join(root, DEFAULT_STORY.content) });
  linkPackages(join(root, 'node_modules'), join(dir, 'node_modules'));
}

/** A `node_modules` folder in `target` whose entries link to those of `source`, build caches left out. */
export function linkPackages(source: string, target: string): void {
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(source)) {
    if (!CACHES.has(name)) symlinkSync(join(source, name), join(target, name));
  }
}

/** Removes every build cache of a project copy: Astro's and Vite's, and the share-card cache unless `keepCards`. */
export function clearCaches(dir: string, keepCards = false): void {
  for (const cache of ['node_modules/.astro', 'node_modules/.vite', '.astro']) rmSync(join(dir, cache), { recursive: true, force: true });
  if (!keepCards) rmSync(join(dir, '.cache'), { recursive: true, force: true });
}
