/**
 * Turns the command's input arguments into the inputs to ingest, in order: a web address is fetched, a
 * folder stands for every `.txt`, `.md`, `.markdown`, `.html` and `.htm` file directly in it (sorted by
 * name; hidden files, links and sub-folders are skipped, so a browser's `story_files/` beside a saved page
 * is not read), anything else is a file. An argument that cannot be used becomes a problem in its place,
 * and the others still go ahead.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isWebAddress } from './parse-options.ts';

/** One input to ingest. */
export type InputRef =
  | { kind: 'file'; path: string; shown: string }
  | { kind: 'url'; url: string; shown: string }
  | { kind: 'problem'; message: string; shown: string };

/** File name endings the command reads. */
export const INPUT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The inputs of `args` in order, with a problem in place of each argument that gave none. */
export function listInputs(args: readonly string[], cwd: string): InputRef[] {
  const inputs: InputRef[] = [];
  for (const arg of args) {
    if (SCHEME.test(arg)) {
      if (isWebAddress(arg)) inputs.push({ kind: 'url', url: new URL(arg).href, shown: arg });
      else inputs.push({ kind: 'problem', message: 'only http and https addresses can be fetched', shown: arg });
      continue;
    }
    const path = resolve(cwd, arg);
    let folder = false;
    try {
      folder = statSync(path).isDirectory();
    } catch {
      // A missing file is reported when it is read, like any other unreadable input.
    }
    if (!folder) {
      inputs.push({ kind: 'file', path, shown: arg });
      continue;
    }
    const names = readdirSync(path, { withFileTypes: true })
      .filter(
        (entry) =>
          entry.isFile() &&
          !entry.name.startsWith('.') &&
          INPUT_EXTENSIONS.some((extension) => entry.name.toLowerCase().endsWith(extension)),
      )
      .map((entry) => entry.name)
      .sort();
    if (names.length === 0) inputs.push({ kind: 'problem', message: `no ${INPUT_EXTENSIONS.join(', ')} files in this folder`, shown: arg });
    for (const name of names) inputs.push({ kind: 'file', path: join(path, name), shown: join(arg, name) });
  }
  return inputs;
}
