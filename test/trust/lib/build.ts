/**
 * Runs the project's own build command (`scripts/build.ts`, what `npm run build` runs) the way an editor or CI
 * does, and reports what it said; or, asked to, plain `npx astro build`. Every trust test builds through here,
 * so a test sees exactly what `npm run build` would do. Builds of this project read the default story's
 * editorial data from its fixture, never the project's own story; a copy of the project keeps its own.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { defaultStory } from '../../helpers/stories.ts';

/** The project this test suite checks. */
export const projectRoot = resolve(import.meta.dirname, '..', '..', '..');

/** How to call the build. */
export interface BuildOptions {
  /** Articles folder (absolute, or relative to `cwd`). */
  articles: string;
  /** Editorial data folder (default: the default story's for this project, the copy's own `src/content` for a copy). */
  content?: string;
  /** Output folder (absolute, or relative to `cwd`). */
  out: string;
  /** Extra environment variables. */
  env?: Record<string, string>;
  /** Project to build (default: this project; a copy made with `copyProject` holds the default story). */
  cwd?: string;
  /** Give up after this many milliseconds (default 5 minutes). */
  timeout?: number;
  /** Build with `npx astro build` instead (only for the default `articles` and `dist` folders). */
  npx?: boolean;
  /** More arguments for the build command (`--force`). */
  extraArgs?: string[];
}

/** What a finished build said. */
export interface BuildRun {
  /** Exit status; null when a signal or the timeout ended it. */
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A site address for builds whose test reads the feeds and the sitemap, which need one. */
export const ADDRESSED = { SITE_URL: 'https://example.org' } as const;

/** The environment of a build: this process's, with the site address and base path left at their defaults. */
function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { SITE_URL: _site, BASE_PATH: _base, ...rest } = process.env;
  return { ...rest, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

function argsOf(options: BuildOptions): string[] {
  const content = options.content ?? (options.cwd === undefined ? defaultStory.content : null);
  return [
    'scripts/build.ts',
    '--articles',
    options.articles,
    ...(content === null ? [] : ['--content', content]),
    '--out',
    options.out,
    ...(options.extraArgs ?? []),
  ];
}

/** Builds and waits for the build to end. */
export function runBuild(options: BuildOptions): BuildRun {
  if (options.npx && (options.articles !== 'articles' || options.out !== 'dist'))
    throw new Error('npx astro build builds articles/ into dist/');
  const [command, args] = options.npx ? ['npx', ['astro', 'build']] : [process.execPath, argsOf(options)];
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? projectRoot,
    encoding: 'utf8',
    env: buildEnv(options.env),
    timeout: options.timeout ?? 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** Starts a build in its own process group (so a test can signal the build alone, or it and its children). */
export function startBuild(options: BuildOptions): ChildProcess {
  const child = spawn(process.execPath, argsOf(options), {
    cwd: options.cwd ?? projectRoot,
    env: buildEnv(options.env),
    stdio: ['ignore', 'pipe', 'ignore'],
    detached: true,
  });
  child.stdout?.setEncoding('utf8');
  return child;
}

/**
 * Resolves once a started build has printed `text` (a step it reports, such as `search: indexing the pages`), so
 * a test can stop it at a known step rather than after a guessed time; rejects if the build ends first.
 */
export function printed(child: ChildProcess, text: string): Promise<void> {
  return new Promise((done, fail) => {
    let seen = '';
    const onData = (chunk: string) => {
      seen += chunk;
      if (!seen.includes(text)) return;
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      done();
    };
    const onExit = () => fail(new Error(`the build ended before it printed "${text}":\n${seen}`));
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** Resolves with the exit code (or the signal's name) of a started build. */
export function ended(child: ChildProcess): Promise<number | string> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done(child.exitCode ?? child.signalCode ?? -1);
    else child.once('exit', (code, signal) => done(code ?? signal ?? -1));
  });
}

/** Throws with the build's output when it did not succeed: for builds a test needs as a starting point. */
export function mustBuild(options: BuildOptions): BuildRun {
  const run = runBuild(options);
  if (run.status !== 0) throw new Error(`build of ${options.articles} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  return run;
}
