/** A copy of the project for a test to build or serve on its own: no caches or outputs, dependencies linked. */
import { cpSync, symlinkSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** This project. */
export const projectRoot = resolve(import.meta.dirname, '..', '..');

/** Top-level entries that are not inputs: dependencies, caches, outputs, history. */
const LEFT_OUT = new Set(['node_modules', '.cache', 'dist', '.astro', '.git', 'test/.tmp', 'bench/tmp']);

/** Copies the project into `to` (its own `.astro/`, `.cache/` and `dist/` start empty); returns `to`. */
export function copyProject(to: string): string {
  cpSync(projectRoot, to, {
    recursive: true,
    filter: (source) => {
      const path = relative(projectRoot, source).split('\\').join('/');
      // Earlier outputs of the project's own builds (`dist.previous`, `.dist-build-*` scratch, `.dist-trash-*`) are left out too.
      return !LEFT_OUT.has(path) && !/^(?:dist[.-]|\.dist-)[^/]*$/.test(path);
    },
  });
  symlinkSync(join(projectRoot, 'node_modules'), join(to, 'node_modules'));
  return to;
}
