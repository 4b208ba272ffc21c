/**
 * Scratch folders for builds, named after the pid of the build that made them (`.dist-build-<pid>-XXXXXX`),
 * so a later build can remove the scratch left by a killed build without touching one still running beside it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const PREFIX = '.dist-build-';

/** Whether a process with this pid is alive (EPERM: alive, but not ours). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes scratch folders in `parent` whose build is no longer running; returns how many. */
export function removeStaleScratch(parent: string): number {
  if (!existsSync(parent)) return 0;
  let removed = 0;
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(PREFIX)) continue;
    const owner = Number(name.slice(PREFIX.length).split('-')[0]);
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isRunning(owner)) continue;
    rmSync(join(parent, name), { recursive: true, force: true });
    removed += 1;
  }
  return removed;
}

/** A new scratch folder in `parent`, named after this process. */
export function makeScratch(parent: string): string {
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, `${PREFIX}${process.pid}-`));
}
