/**
 * Scratch folders for builds, named after the pid of the build that made them (`.dist-build-<pid>-XXXXXX`),
 * so a later build can remove the scratch left by a killed build without touching one still running beside it;
 * and the site a build replaced, moved aside (`.dist-trash-<pid>-XXXXXX`) and removed by a process of its own
 * that outlives the build, so that the build ends as soon as the new site is in place.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PREFIX = '.dist-build-';
const TRASH = '.dist-trash-';

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

/** The file in a trash folder that names the process removing it. */
const REMOVER = 'remover.pid';

/** Removes `dir` in a detached process that goes on after this one ends (and never holds its output open). */
function removeDetached(dir: string): void {
  const remover = spawn(
    process.execPath,
    ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 3 })', dir],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  remover.unref();
  try {
    writeFileSync(join(dir, REMOVER), String(remover.pid));
  } catch {
    // Already removed.
  }
}

/** Moves `dir` aside within its parent and has it removed in the background. */
export function discardInBackground(dir: string): void {
  const trash = mkdtempSync(join(dirname(dir), `${TRASH}${process.pid}-`));
  renameSync(dir, join(trash, 'site'));
  removeDetached(trash);
}

/** Blocks this thread for `ms` (exit handlers cannot wait otherwise). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Renames `dir` to a trash folder beside it and removes that; what cannot be removed at once goes to a detached remover. */
function moveAsideAndRemove(dir: string): void {
  let trash = dir;
  try {
    trash = mkdtempSync(join(dirname(dir), `${TRASH}${process.pid}-`));
    renameSync(dir, join(trash, 'scratch'));
  } catch {
    if (trash !== dir) rmSync(trash, { recursive: true, force: true });
    trash = dir;
  }
  try {
    rmSync(trash, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  } catch {
    removeDetached(trash);
  }
}

/** How long a removed scratch must stay gone before the build may end, and how long the build waits at most. */
const SETTLE_MS = 100;
const GIVE_UP_MS = 3_000;

/**
 * Removes a build's scratch folder as the build exits. The search indexer (a process of its own, stopped by the
 * same Ctrl-C) may still be writing into it for a moment, and can make its folders again after they were removed;
 * so the folder is moved aside and removed until its path has stayed gone for a short while. A folder it cannot
 * take within a few seconds is left to the next build, which removes scratch whose build has ended.
 */
export function discardScratch(dir: string): void {
  const started = Date.now();
  let goneSince = -1;
  while (Date.now() - started < GIVE_UP_MS) {
    if (existsSync(dir)) {
      moveAsideAndRemove(dir);
      goneSince = Date.now();
    } else if (goneSince < 0) {
      goneSince = Date.now();
    }
    if (Date.now() - goneSince >= SETTLE_MS) return;
    pause(10);
  }
}

/** Has every folder a replaced site was moved to in `parent` and that no process is removing removed in the background. */
export function removeTrash(parent: string): void {
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(TRASH)) continue;
    let remover = 0;
    try {
      remover = Number(readFileSync(join(parent, name, REMOVER), 'utf8'));
    } catch {
      // No pid yet or any more: a new remover is harmless.
    }
    if (!(Number.isInteger(remover) && remover > 0 && isRunning(remover))) removeDetached(join(parent, name));
  }
}
