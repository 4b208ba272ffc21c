/**
 * Draws cards on worker threads, one card at a time per thread, the next card going to whichever
 * thread is free. Every worker stores its PNGs in the cache itself, so only keys travel back.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardContent } from './card-content.ts';

/** What a worker needs to start. */
export interface WorkerSetup {
  /** Project root (fonts are found from here). */
  root: string;
  /** Cache folder to store PNGs in. */
  cacheDir: string;
}

/** One card to draw. */
export interface RenderJob {
  /** Cache key, also the file name. */
  key: string;
  /** Image path of (one of) the cards it draws, for messages. */
  image: string;
  /** What to draw. */
  content: CardContent;
}

/** A worker's answer: the key it finished, and the error if drawing failed. */
export interface RenderReply {
  /** Cache key. */
  key: string;
  /** Error text, or null on success. */
  error: string | null;
}

/** Draws `jobs` on up to `threads` workers; `onRendered` runs after each card is stored. */
export function renderInPool(jobs: readonly RenderJob[], setup: WorkerSetup, threads: number, onRendered: () => void): Promise<void> {
  if (jobs.length === 0) return Promise.resolve();
  const script = join(setup.root, 'src', 'og', 'render-worker.ts');
  const queue = [...jobs];
  const images = new Map(jobs.map((job) => [job.key, job.image]));
  let pending = jobs.length;
  return new Promise<void>((resolve, reject) => {
    const workers: Worker[] = [];
    let failed = false;
    const stop = () => Promise.all(workers.map((worker) => worker.terminate()));
    const fail = (message: string) => {
      if (failed) return;
      failed = true;
      void stop().finally(() => reject(new Error(message)));
    };
    const feed = (worker: Worker) => {
      const job = queue.shift();
      if (job) worker.postMessage(job);
    };
    for (let i = 0; i < Math.max(1, Math.min(threads, jobs.length)); i += 1) {
      const worker = new Worker(script, { workerData: setup satisfies WorkerSetup });
      workers.push(worker);
      worker.on('message', (reply: RenderReply) => {
        if (reply.error !== null) return fail(`share card ${images.get(reply.key) ?? reply.key} could not be drawn: ${reply.error}`);
        onRendered();
        pending -= 1;
        if (pending === 0) void stop().then(() => resolve());
        else feed(worker);
      });
      worker.on('error', (error) => fail(`share card worker failed: ${error.stack ?? error.message}`));
      worker.on('exit', (code) => {
        if (pending > 0 && !failed) fail(`share card worker stopped (exit code ${code}) with ${pending} cards left`);
      });
      feed(worker);
    }
  });
}
