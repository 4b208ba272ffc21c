/**
 * Runs the analysis step (`prepare-briefing.ts`) in a process of its own, beside Astro, under a heap bound,
 * and says how it ended. An analysis that outgrows its bound is run again without one rather than failing.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How an analysis run ended. */
export type AnalysisOutcome =
  | { kind: 'done'; dir: string; ms: number }
  | { kind: 'rejected'; report: string }
  | { kind: 'failed'; message: string }
  | { kind: 'stopped' };

/** A running analysis. */
export interface AnalysisRun {
  /** Settles once, when the analysis has ended: `done` (files in `dir`), `rejected` (bad inputs), `failed` or `stopped`. */
  done: Promise<AnalysisOutcome>;
  /** Ends the analysis now; `done` becomes `stopped`. */
  stop: () => void;
}

/** What to analyse and where the results go. */
export interface AnalysisJob {
  /** Project root (editorial data below it). */
  root: string;
  /** Articles folder. */
  articles: string;
  /** Editorial data folder (topics, register, places, settings). */
  content: string;
  /** Existing folder the results are written into. */
  into: string;
  /** Heap bound in MB, or null for none. */
  heapMb: number | null;
  /** Told when the analysis is run again without its bound. */
  onRetry: (message: string) => void;
}

const SCRIPT = fileURLToPath(new URL('./prepare-briefing.ts', import.meta.url));

/**
 * A heap bound for the analysis: about 64 times the articles' bytes, at least 768 MB. The analysis keeps
 * 35-40 times its input alive at its peak; left unbounded, V8 lets its heap grow to three times that with
 * garbage while Astro, started beside it, holds memory too. `DOSSIER_ANALYSIS_HEAP_MB` sets the bound instead.
 */
export function analysisHeapMb(articles: string, env: Record<string, string | undefined>): number {
  const set = Number(env.DOSSIER_ANALYSIS_HEAP_MB);
  if (set > 0) return set;
  const bytes = readdirSync(articles, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(articles, entry.name)).size, 0);
  return Math.max(768, Math.ceil((bytes * 64) / 2 ** 20));
}

/** Starts the analysis of `job`. */
export function startAnalysis(job: AnalysisJob): AnalysisRun {
  const started = performance.now();
  let stopped = false;
  let child: ReturnType<typeof spawn> | null = null;
  const run = (heapMb: number | null) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const bound = heapMb === null ? [] : [`--max-old-space-size=${heapMb}`];
      child = spawn(process.execPath, [...bound, SCRIPT, '--root', job.root, '--articles', job.articles, '--content', job.content, '--into', job.into], {
        stdio: ['ignore', 'inherit', 'pipe'],
      });
      let stderr = '';
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('close', (code) => resolve({ code, stderr }));
    });
  const done = (async (): Promise<AnalysisOutcome> => {
    let ended = await run(job.heapMb);
    if (!stopped && job.heapMb !== null && ended.code !== 0 && ended.code !== 1 && /heap out of memory/.test(ended.stderr)) {
      job.onRetry('The analysis needed more memory than its usual bound; running it again without one.');
      ended = await run(null);
    }
    if (stopped) return { kind: 'stopped' };
    if (ended.code === 0) return { kind: 'done', dir: job.into, ms: performance.now() - started };
    if (ended.code === 1) return { kind: 'rejected', report: ended.stderr.trimEnd() };
    return { kind: 'failed', message: ended.stderr.trim() || `the analysis process ended with ${ended.code ?? 'a signal'}` };
  })();
  return {
    done,
    stop: () => {
      stopped = true;
      (child as ReturnType<typeof spawn> | null)?.kill('SIGTERM');
    },
  };
}
