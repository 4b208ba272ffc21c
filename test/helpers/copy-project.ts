/**
 * A copy of the project for a test to build or serve on its own: no caches or outputs, dependencies linked, and
 * a known story (the default one unless told) in place of whatever story the project holds.
 */
import { cpSync, symlinkSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { installStory } from '../../src/story/install-story.ts';
import type { StoryFolders } from '../../src/story/story-folders.ts';
import { defaultStory } from './stories.ts';

/** This project. */
export const projectRoot = resolve(import.meta.dirname, '..', '..');

/** Entries never copied: dependencies, caches, outputs, history, and the project's own story (replaced). */
const LEFT_OUT = new Set(['node_modules', '.cache', 'dist', '.astro', '.git', 'test/.tmp', 'bench/tmp', 'articles', 'src/content']);

/** Copies the project into `to` (its own `.astro/`, `.cache/` and `dist/` start empty) with `story`; returns `to`. */
export function copyProject(to: string, story: StoryFolders = defaultStory): string {
  cpSync(projectRoot, to, {
    recursive: true,
    filter: (source) => {
      const path = relative(projectRoot, source).split('\\').join('/');
      // Earlier outputs of the project's own builds (`dist.previous`, `.dist-build-*` scratch, `.dist-trash-*`) are left out too.
      return !LEFT_OUT.has(path) && !/^(?:dist[.-]|\.dist-)[^/]*$/.test(path);
    },
  });
  symlinkSync(join(projectRoot, 'node_modules'), join(to, 'node_modules'));
  installStory(to, story);
  return to;
}
