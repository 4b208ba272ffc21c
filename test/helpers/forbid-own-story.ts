/**
 * Set up before every test file (vitest.config.ts): a test that reads the project's own story, `articles/` or
 * `src/content/`, fails at once, so no test depends on the story a user keeps there (`npm run new-story` empties
 * both). Tests read the stories under `test/fixtures/` (`test/helpers/stories.ts`), or copies of the project.
 * Builds and scripts a test starts run in processes of their own and are given their folders instead.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(import.meta.dirname, '..', '..');
const forbidden = [join(root, 'articles'), join(root, 'src', 'content')];

/** The file system calls that read or look at a path, by name. */
const READERS = [
  'readFileSync',
  'readdirSync',
  'existsSync',
  'statSync',
  'lstatSync',
  'openSync',
  'opendirSync',
  'cpSync',
  'realpathSync',
] as const;

function isOwnStory(path: unknown): boolean {
  const text = typeof path === 'string' ? path : path instanceof URL && path.protocol === 'file:' ? fileURLToPath(path) : null;
  if (text === null) return false;
  const absolute = resolve(text);
  return forbidden.some((dir) => absolute === dir || absolute.startsWith(`${dir}${sep}`));
}

const filesystem = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
for (const name of READERS) {
  const original = filesystem[name];
  if (typeof original !== 'function') continue;
  filesystem[name] = function guarded(this: unknown, ...args: unknown[]) {
    if (isOwnStory(args[0]))
      throw new Error(
        `a test read ${String(args[0])}, part of the project's own story: read a story under test/fixtures/ (test/helpers/stories.ts) instead`,
      );
    return original.apply(this, args);
  };
}
syncBuiltinESMExports();
