import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockPath, takeBuildLock } from '../../src/integration/build-lock.ts';

const lockModule = resolve(import.meta.dirname, '../../src/integration/build-lock.ts');
const roots: string[] = [];

function tempRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-lock-'));
  roots.push(root);
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A child that takes the lock, appends `name` to `log` and holds the lock `holdMs` before exiting. */
function holder(root: string, log: string, name: string, holdMs: number): Promise<number | null> {
  const code = `
    import { appendFileSync } from 'node:fs';
    const { takeBuildLock } = await import(${JSON.stringify(lockModule)});
    await takeBuildLock(${JSON.stringify(root)}, () => appendFileSync(${JSON.stringify(log)}, '${name}:waited\\n'));
    appendFileSync(${JSON.stringify(log)}, '${name}:start\\n');
    await new Promise((done) => setTimeout(done, ${holdMs}));
    appendFileSync(${JSON.stringify(log)}, '${name}:end\\n');
  `;
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: 'ignore' });
    child.on('close', done);
  });
}

describe('build lock', () => {
  it('runs two builds of one project one after the other, never side by side', async () => {
    const root = tempRoot();
    const log = join(root, 'log');
    writeFileSync(log, '');
    const first = holder(root, log, 'a', 2000);
    // The second asks only once the first holds the lock.
    while (!readFileSync(log, 'utf8').includes('a:start')) await new Promise((done) => setTimeout(done, 20));
    const second = holder(root, log, 'b', 10);
    expect(await Promise.all([first, second])).toEqual([0, 0]);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['a:start', 'b:waited', 'a:end', 'b:start', 'b:end']);
    expect(existsSync(lockPath(root))).toBe(false);
  });

  it('takes over a lock left by a build that no longer runs', async () => {
    const root = tempRoot();
    mkdirSync(join(root, '.astro'));
    // Pid 2^22 + 1 is above Linux's largest pid, so no process has it.
    writeFileSync(lockPath(root), String(4_194_305));
    const said: string[] = [];
    await takeBuildLock(root, (message) => said.push(message));
    expect(said).toEqual([]);
    expect(readFileSync(lockPath(root), 'utf8')).toBe(String(process.pid));
    rmSync(lockPath(root));
  });
});
