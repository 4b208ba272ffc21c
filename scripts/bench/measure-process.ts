/**
 * Runs a command and measures it: wall-clock time, and the peak resident set of its whole process tree
 * (the sum of VmRSS over the process and every descendant, read from /proc about every 50 ms), so a
 * build that spawns Astro, workers and helpers is measured as one. Off Linux the peak is null.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

/** What a measured run gave. */
export interface Measured {
  /** Wall-clock milliseconds. */
  ms: number;
  /** Peak resident set of the process tree in bytes, or null where /proc is missing. */
  peakRss: number | null;
  /** Exit code. */
  code: number | null;
  /** Standard output. */
  stdout: string;
  /** Standard error. */
  stderr: string;
}

/** Options of a measured run. */
export interface MeasureOptions {
  /** Working folder. */
  cwd: string;
  /** Extra environment variables. */
  env?: Record<string, string>;
  /** Polling interval in milliseconds (default 50). */
  intervalMs?: number;
}

function rssOf(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Child pids of `pid`, from /proc/<pid>/task/<tid>/children (every thread may have spawned). */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8')
        .split(' ')
        .filter((text) => text.length > 0)
        .map(Number),
    );
  } catch {
    return [];
  }
}

/** Resident set of `root` and all its descendants, in bytes (threads share their process's set). */
export function treeRss(root: number): number {
  let total = 0;
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    total += rssOf(pid);
    queue.push(...childrenOf(pid));
  }
  return total;
}

/** Runs `command args` to completion and measures it. */
export function measureProcess(command: string, args: readonly string[], options: MeasureOptions): Promise<Measured> {
  const canPoll = existsSync('/proc/self/status');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    let peak = 0;
    const poll = () => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = canPoll ? setInterval(poll, options.intervalMs ?? 50) : null;
    child.on('error', (error) => {
      if (timer) clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (timer) clearInterval(timer);
      resolve({
        ms,
        peakRss: canPoll ? peak : null,
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}
