/**
 * Runs the analysis step (`prepare-briefing.ts`) in a process of its own, beside Astro, under a heap bound,
 * and says how it ended. An analysis that outgrows its bound is run again without one rather than failing.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PREPARED } from './prepared-files.ts';
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
  /** Folder of per-article results kept between runs (`memo-folder.ts`), or none. */
  memo?: string;
  /** Heap bound in MB, or null for none. */
  heapMb: number | null;
  /** Told when the analysis is run again without its bound. */
  onRetry: (message: string) => void;
  /** Told, with the article's file, when one stage has been reading one article for `slowAfterMs` or longer. */
  onSlow?: (message: string) => void;
}

/** How long the analysis may read one article in one stage before the build names it (whole seconds are printed). */
export const slowAfterMs = 5000;

/** How the status watch reads the clock: its bound and how often it looks. */
export interface StatusWatchTiming {
  slowAfterMs: number;
  everyMs: number;
}

/**
 * Watches the status file the analysis rewrites as it goes (`stage<TAB>article`) and tells `onSlow`, naming the
 * article's file under `articles`, each time the same line has stood for another `slowAfterMs`. Returns the stop.
 */
export function watchStatus(
  file: string,
  articles: string,
  onSlow: (message: string) => void,
  timing: StatusWatchTiming = { slowAfterMs, everyMs: 1000 },
): () => void {
  let last = '';
  let since = performance.now();
  let told = 0;
  const timer = setInterval(() => {
    let now: string;
    try {
      now = readFileSync(file, 'utf8').trim();
    } catch {
      return;
    }
    if (now !== last) {
      last = now;
      since = performance.now();
      told = 0;
      return;
    }
    const [stage, article] = now.split('\t');
    const waited = performance.now() - since;
    if (!article || waited < timing.slowAfterMs * (told + 1)) return;
    told += 1;
    const path = relative(process.cwd(), join(articles, `${article}.md`));
    onSlow(`The analysis has been reading ${path} in its ${stage} stage for ${Math.floor(waited / 1000)} s.`);
  }, timing.everyMs);
  timer.unref();
  return () => clearInterval(timer);
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

/** An analysis that is already done: its results were put into `dir` (`analysis-reuse.ts`). */
export function reusedAnalysis(dir: string): AnalysisRun {
  return { done: Promise.resolve({ kind: 'done', dir, ms: 0 }), stop: () => {} };
}

/** Starts the analysis of `job`. */
export function startAnalysis(job: AnalysisJob): AnalysisRun {
  const started = performance.now();
  let stopped = false;
  let child: ReturnType<typeof spawn> | null = null;
  const run = (heapMb: number | null) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const bound = heapMb === null ? [] : [`--max-old-space-size=${heapMb}`];
      const memo = job.memo ? ['--memo', job.memo] : [];
      child = spawn(
        process.execPath,
        [...bound, SCRIPT, '--root', job.root, '--articles', job.articles, '--content', job.content, '--into', job.into, ...memo],
        {
          stdio: ['ignore', 'inherit', 'pipe'],
          // The analysis imports some 300 TypeScript modules: Node keeps them compiled for the next run.
          env: { NODE_COMPILE_CACHE: join(job.root, '.astro', 'compile-cache'), ...process.env },
        },
      );
      let stderr = '';
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('close', (code) => resolve({ code, stderr }));
    });
  const done = (async (): Promise<AnalysisOutcome> => {
    const unwatch = job.onSlow ? watchStatus(join(job.into, PREPARED.status), job.articles, job.onSlow) : () => {};
    let ended = await run(job.heapMb).finally(unwatch);
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
