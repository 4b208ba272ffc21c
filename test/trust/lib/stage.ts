/**
 * Temporary folders for trust tests, and articles placed in them: copied from `test/fixtures/trust/`
 * or written byte for byte (BOMs, CRLF, NUL bytes and invalid UTF-8 are made here, not committed, so no
 * editor or Git setting can alter them).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './build.ts';

/** The trust fixtures folder. */
export const fixtures = join(projectRoot, 'test', 'fixtures', 'trust');

/** A fixture file's text. */
export function fixtureText(path: string): string {
  return readFileSync(join(fixtures, path), 'utf8');
}

/** A fresh temporary folder, and a function that removes it. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `dossier-trust-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes `files` (name → text or bytes) into `dir` (made if missing); returns `dir`. */
export function writeArticles(dir: string, files: Record<string, string | Uint8Array>): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** Copies fixture files (paths below `test/fixtures/trust/`) into `dir` under their own names; returns `dir`. */
export function copyFixtures(dir: string, paths: readonly string[]): string {
  mkdirSync(dir, { recursive: true });
  for (const path of paths) copyFileSync(join(fixtures, path), join(dir, path.split('/').at(-1) ?? path));
  return dir;
}

/** A minimal valid article. */
export function article(fields: { title: string; published: string; body: string; extra?: string }): string {
  return `---\ntitle: ${JSON.stringify(fields.title)}\noutlet: Example Wire\npublished: ${fields.published}\n${fields.extra ?? ''}---\n\n${fields.body}\n`;
}
