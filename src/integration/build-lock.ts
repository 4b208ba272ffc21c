/**
 * One build at a time per project. Astro keeps its intermediate build files in the project's `.astro/`
 * folder, so two builds running side by side in one project delete each other's chunks and one fails
 * halfway. A build takes `.astro/build.lock` (holding its pid) before it starts Astro and waits while
 * another live build holds it; a lock left by a killed build is taken over.
 */
import { mkdirSync, openSync, closeSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRunning } from './scratch-dirs.ts';

/** Where the lock of the project at `root` lives. */
export function lockPath(root: string): string {
  return join(root, '.astro', 'build.lock');
}

function holder(path: string): number | null {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Tries once: `taken` (this process holds it now), `stale` (a dead build's lock, now removed) or `held`. */
function tryTake(path: string): 'taken' | 'stale' | 'held' {
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return 'taken';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const pid = holder(path);
    // A lock whose pid is gone (or unreadable, mid-write by a killed build) is stale.
    if (pid !== null && (pid === process.pid || isRunning(pid))) return 'held';
    rmSync(path, { force: true });
    return 'stale';
  }
}

/**
 * Waits until this process holds the build lock of `root`; says once that it waits. The lock is released
 * when the process exits, however it ends short of SIGKILL (after which the next build takes it over).
 */
export async function takeBuildLock(root: string, say: (message: string) => void): Promise<void> {
  const path = lockPath(root);
  mkdirSync(dirname(path), { recursive: true });
  let told = false;
  for (let state = tryTake(path); state !== 'taken'; state = tryTake(path)) {
    if (state === 'stale') continue;
    if (!told) {
      say(`Waiting for the build already running in this project (pid ${holder(path) ?? 'unknown'}) to finish…`);
      told = true;
    }
    await sleep(250);
  }
  process.on('exit', () => {
    if (holder(path) === process.pid) rmSync(path, { force: true });
  });
}
