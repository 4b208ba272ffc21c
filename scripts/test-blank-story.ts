/**
 * `npm run test:blank`: proves that the test suite does not depend on the story a user keeps in `articles/` and
 * `src/content/`. Copies the project into a temporary folder (dependencies linked, no outputs or caches), starts
 * a blank story there with `new-story --yes`, and runs the whole `npm test` in the copy. Exits as the tests did.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseCommandLine } from '../src/cli/parse-command-line.ts';

const USAGE = `Usage: npm run test:blank -- [--keep]

Copies the project into a temporary folder, empties its story there with npm run new-story -- --yes, and runs
npm test in the copy: the suite must pass whatever story the project holds, even none. Takes as long as npm test.

Options:
  --keep      leave the copy in place afterwards (its path is printed)
  -h, --help  show this help`;

const { values } = parseCommandLine(USAGE, { options: { keep: { type: 'boolean', default: false } } });

const root = resolve(import.meta.dirname, '..');
/** Entries that are not the project's sources: dependencies, history, outputs and caches. */
const LEFT_OUT = new Set(['node_modules', '.git', 'dist', 'dist.previous', '.astro', '.cache', 'test/.tmp', 'bench/tmp']);

const copy = join(mkdtempSync(join(tmpdir(), 'dossier-blank-')), 'project');
cpSync(root, copy, {
  recursive: true,
  filter: (source) => {
    const path = relative(root, source).split('\\').join('/');
    return !LEFT_OUT.has(path) && !/^(?:dist[.-]|\.dist-)[^/]*$/.test(path);
  },
});
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));

const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: copy, stdio: 'inherit' }).status ?? 1;
process.stdout.write(`Blank story in ${copy}\n`);
let status = run(process.execPath, ['scripts/new-story.ts', '--yes', 'A blank story']);
if (status === 0) status = run('npm', ['test']);
process.stdout.write(`\nnpm test on a blank story ${status === 0 ? 'passed' : `failed (exit ${status})`}.\n`);
if (values.keep) process.stdout.write(`The copy is kept at ${copy}\n`);
else rmSync(join(copy, '..'), { recursive: true, force: true });
process.exit(status);
