/**
 * The register command run for real in a temporary folder (paths are shown relative to it), on a copy of
 * the default story's register, its editorial data, and a small folder of articles written for this test.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentPaths } from '../../src/boundary/load-inputs.ts';
import { defaultStory } from '../helpers/stories.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const ARTICLE = `---
title: Mediators meet in Geneva
outlet: The Test Ledger
published: 2025-11-24
---

Swiss Foreign Minister Aurelio Bastida said on Monday that Geneva was ready to host another round of talks.

"We will keep the door open," Bastida told reporters after meeting Ukrainian officials.

Norwegian envoy Kaia Lindqvist said the next meeting could take place within two weeks.
`;

let work: string;
let registry: string;
let articles: string;
const original = readFileSync(contentPaths(defaultStory.content).registry, 'utf8');

function register(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts', 'register.ts'), ...args, '--articles', articles, '--content', defaultStory.content, '--registry', registry],
    { cwd: work, encoding: 'utf8' },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dossier-register-'));
  articles = join(work, 'articles');
  mkdirSync(articles);
  writeFileSync(join(articles, '2025-11-24-mediators-meet-in-geneva.md'), ARTICLE);
  registry = join(work, 'participants.yaml');
  copyFileSync(contentPaths(defaultStory.content).registry, registry);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run register', () => {
  it('lists the discovered people with their mentions and roles', () => {
    const run = register('--list');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('found in the text but not in participants.yaml');
    expect(run.stdout).toMatch(/^ {2}aurelio-bastida: Aurelio Bastida, 2 mentions; roles: Swiss Foreign Minister$/m);
    expect(run.stdout).toMatch(/^ {2}kaia-lindqvist: Kaia Lindqvist, 1 mention; roles: Norwegian envoy$/m);
  });

  it('refuses an unknown id in one line and writes nothing', () => {
    const run = register('--accept', 'aurelio-bastida', 'no-such-person');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('error: no discovered person has the id "no-such-person" (npm run register -- --list shows them)\n');
    expect(readFileSync(registry, 'utf8')).toBe(original);
  });

  it('appends the accepted people, keeps the rest of the file, and lists them no more', () => {
    const run = register('--accept', 'aurelio-bastida');
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')[0]).toBe('added aurelio-bastida (Aurelio Bastida) to participants.yaml');
    const text = readFileSync(registry, 'utf8');
    expect(text.startsWith(original)).toBe(true);
    expect(text.slice(original.length)).toContain('- id: aurelio-bastida\n  name: Aurelio Bastida\n  kind: person\n');
    const again = register('--list');
    expect(again.stdout).not.toContain('aurelio-bastida');
    expect(again.stdout).toContain('kaia-lindqvist');
    expect(register('--accept', 'aurelio-bastida').stderr).toBe('error: aurelio-bastida is already in participants.yaml\n');
  });

  it.each<[string[], RegExp]>([
    [[], /^error: give --list or --accept ID\.\.\.\nusage: /],
    [['--accept'], /^error: --accept needs at least one id/],
    [['--list', 'x'], /^error: --list takes no ids/],
    [['--colour'], /^error: Unknown option '--colour'/],
  ])('refuses %j in one line', (args, message) => {
    const run = register(...args);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
  });

  it('documents itself with --help', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'register.ts'), '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    for (const option of ['--list', '--accept', '--articles', '--registry']) expect(run.stdout).toContain(option);
  });
});
