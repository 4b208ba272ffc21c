/** Runs the real ingest command as a child process of this Node (24), in temporary folders. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');
/** Fixtures of the ingest tests. */
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'ingest');

/** What the command did. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `node scripts/ingest.ts ...args`, run in `cwd`. */
export function runIngestCli(args: string[], cwd: string = ROOT): CliRun {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'ingest.ts'), ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder in the system's temporary folder (outside the project, so messages show absolute paths). */
export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `dossier-ingest-${prefix}-`));
}

/** A maker of temporary folders that are all removed after the test file. */
export function useTempDirs(): (prefix: string) => string {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return (prefix) => {
    const dir = makeTempDir(prefix);
    dirs.push(dir);
    return dir;
  };
}

/** A short wire story used by the command tests, its flags and the file it becomes. */
export const STORY =
  'Yermak and Umerov lead Kyiv team at Geneva talks\n\nGENEVA (Reuters) - Ukraine sent a delegation led by Andriy Yermak to Geneva.\n\nThe talks with U.S. officials lasted into the night.\n';
export const FLAGS = ['--outlet', 'The Wire Desk', '--published', '2025-11-23'];
export const SLUG = '2025-11-23-yermak-and-umerov-lead-kyiv-team-at-geneva-talks.md';

/** Writes `text` to `dir/name` and returns the path. */
export function writeInput(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The `.md` files of a folder, name → text. */
export function readArticlesIn(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}
