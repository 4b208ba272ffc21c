/**
 * The integration's part in `astro dev`: the analysis runs in a process of its own at start and again whenever
 * a file in the articles or editorial data folder is added, changed or removed; then the module that holds the
 * briefing and every page that reads it are invalidated and the browser reloads. Search is indexed once, from
 * the running server.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';
import { startAnalysis, type AnalysisRun } from './analysis-process.ts';
import { readBriefingRecords } from './briefing-records.ts';
import { handBriefing } from './briefing-handoff.ts';
import { indexDevPages, originOf, serveDevIndex } from './dev-search.ts';
import { searchablePaths } from './index-search.ts';
import { PREPARED } from './prepared-files.ts';

type DevServer = HookParameters<'astro:server:setup'>['server'];

/** What a dev session works on. */
export interface DevSessionOptions {
  /** Project root. */
  root: string;
  /** Articles folder. */
  articles: string;
  /** Editorial data folder. */
  content: string;
  /** The integration's own folder below `.astro/`. */
  workDir: string;
  /** Base path, with its final `/`. */
  base: string;
  /** A progress line. */
  say: (line: string) => void;
  /** A problem worth reading. */
  warn: (line: string) => void;
}

/** A running dev session. */
export interface DevSession {
  /** Watches the articles and serves search on `server`. */
  attach: (server: DevServer) => void;
  /** Indexes search from the server now listening at `address`. */
  indexSearch: (address: AddressInfo) => void;
  /** Stops a running analysis. */
  close: () => void;
}

/** The file every page reaches the briefing through: invalidating it invalidates them. */
const HANDOFF_MODULE = fileURLToPath(new URL('./briefing-handoff.ts', import.meta.url));

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function isInside(dir: string, file: string): boolean {
  const path = relative(dir, file);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}

/** Invalidates the briefing's module and its importers in Astro's server environments, then reloads the browser. */
function reloadPages(server: DevServer): void {
  const now = Date.now();
  for (const environment of Object.values(server.environments)) {
    if (environment.name === 'client') continue;
    const seen = new Set<Parameters<typeof environment.moduleGraph.invalidateModule>[0]>();
    for (const module of environment.moduleGraph.getModulesByFile(HANDOFF_MODULE) ?? [])
      environment.moduleGraph.invalidateModule(module, seen, now, true);
    const runner =
      'runner' in environment
        ? (environment.runner as { evaluatedModules: { getModuleById(id: string): unknown; invalidateModule(node: never): void } })
        : null;
    for (const module of seen) {
      const evaluated = module.id === null || runner === null ? undefined : runner.evaluatedModules.getModuleById(module.id);
      if (evaluated) runner?.evaluatedModules.invalidateModule(evaluated as never);
    }
  }
  server.environments.client.hot.send({ type: 'full-reload', path: '*' });
}

/** Starts a dev session: the first analysis begins at once. */
export function startDevSession(options: DevSessionOptions): DevSession {
  const { root, articles, content, workDir, base, say, warn } = options;
  let generation = 0;
  let running: AnalysisRun | null = null;
  let latest: Promise<string> = Promise.resolve('');
  let searchIndex: Promise<string> | null = null;

  /** Analyses into a folder of its own; resolves with the newest run's folder, or rejects with its problem. */
  function analyse(): Promise<string> {
    const mine = ++generation;
    running?.stop();
    const into = join(workDir, `analysis-${mine}`);
    mkdirSync(into, { recursive: true });
    const run = startAnalysis({
      root,
      articles,
      content,
      into,
      memo: join(workDir, 'article-memo'),
      heapMb: null,
      onRetry: warn,
      onSlow: warn,
    });
    running = run;
    const ready = run.done.then((outcome): string | Promise<string> => {
      // A run stopped for a newer one hands over whatever the newer one gives; one stopped at the end, nothing.
      if (mine !== generation) return latest;
      if (outcome.kind === 'stopped') return new Promise<string>(() => {});
      if (outcome.kind === 'rejected') {
        warn(`the articles have problems; pages show them until they are fixed:\n${outcome.report}`);
        throw new Error(`Fix these inputs:\n${outcome.report}`);
      }
      if (outcome.kind === 'failed') throw new Error(`The analysis failed: ${outcome.message}`);
      say(`analysis done in ${seconds(outcome.ms)}`);
      for (const name of readdirSync(workDir)) {
        if (name.startsWith('analysis-') && name !== `analysis-${mine}`) rmSync(join(workDir, name), { recursive: true, force: true });
      }
      return outcome.dir;
    });
    latest = ready;
    handBriefing(ready);
    return ready;
  }

  say(`analysing ${relative(root, articles) || articles}/ beside the dev server's start-up`);
  analyse();

  let pending: NodeJS.Timeout | null = null;
  function inputsChanged(server: DevServer, what: string): void {
    if (pending) clearTimeout(pending);
    // Editors save in bursts (a rename, a write, a touch): analyse once they are done.
    pending = setTimeout(() => {
      pending = null;
      say(`${what} changed: analysing again`);
      analyse()
        .catch(() => undefined)
        .finally(() => {
          reloadPages(server);
          if (searchIndex) say('search still holds the articles as they were when the dev server started; restart it to index them again');
        });
    }, 150);
  }

  return {
    attach(server) {
      server.watcher.add([articles, content]);
      server.watcher.on('all', (_event, file) => {
        if (isInside(articles, file)) inputsChanged(server, 'articles');
        else if (isInside(content, file)) inputsChanged(server, 'editorial data');
      });
      server.middlewares.use(serveDevIndex(base, () => searchIndex));
    },
    indexSearch(address) {
      const dir = join(workDir, 'pagefind');
      searchIndex = latest.then(async (prepared) => {
        const paths = searchablePaths(readBriefingRecords(join(prepared, PREPARED.handoff)));
        const pages = await indexDevPages(originOf(address), base, paths, dir);
        say(`search: ${pages} pages indexed`);
        return dir;
      });
      searchIndex.catch((error: unknown) => warn(`search has no index in this dev server: ${(error as Error).message}`));
    },
    close() {
      if (pending) clearTimeout(pending);
      running?.stop();
    },
  };
}
