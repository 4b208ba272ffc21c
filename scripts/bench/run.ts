/**
 * `npm run bench -- [--sizes 100,1000,5000] [--runs 3] [--no-lighthouse] [--no-profile] [--work DIR] [--out DIR] [--seed 1]`
 * `npm run bench -- --format-only`: rewrites RESULTS.md from results.json (after editing the notes).
 *
 * Measures the analysis and the site build on synthetic corpora of N articles against a plain Astro
 * peer built from the same files, and writes `bench/RESULTS.md` and `bench/results.json`. `--runs` is one
 * count for every size or one per size (`3,3,1`). A hand-written `bench/notes.md` becomes the closing note.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCommandLine } from '../../src/cli/parse-command-line.ts';
import type { BenchResults } from './bench-results.ts';
import { checkTargets } from './check-targets.ts';
import { formatResults } from './format-results.ts';
import { readCorpusSources, generateCorpus, writeCorpus } from './generate-corpus.ts';
import { measureSize, type SizeFigures, type Workspace } from './measure-size.ts';
import { writePeerSite } from './peer-site.ts';
import { summariseProfile } from './profile-top.ts';
import { runLighthouse, type LighthouseScores } from './run-lighthouse.ts';
import { snapshotProject } from './snapshot-project.ts';
import { measureWorstCases } from './measure-worst-cases.ts';
import { loadInputs } from '../../src/boundary/load-inputs.ts';

/** Options of a benchmark run. */
export interface BenchOptions {
  /** Corpus sizes. */
  sizes: number[];
  /** Runs per size. */
  runs: number[];
  /** Run Lighthouse on the seeds' site. */
  lighthouse: boolean;
  /** Profile one analysis run (at the largest size up to 1,000). */
  profile: boolean;
  /** Measure the worst cases. */
  worstCases: boolean;
  /** Scratch folder (emptied). */
  work: string;
  /** Where RESULTS.md and results.json go. */
  out: string;
  /** Corpus seed. */
  seed: number;
  /** Progress messages. */
  log: (message: string) => void;
}

const root = resolve(import.meta.dirname, '../..');

/** One analysis run under the V8 profiler; its top entries. */
function profileAnalysis(space: Workspace, n: number): BenchResults['profile'] {
  const corpus = join(space.work, `profile-corpus-${n}`);
  const dir = join(space.work, 'profile');
  writeCorpus(corpus, generateCorpus(space.seed, n, space.sources));
  rmSync(dir, { recursive: true, force: true });
  spawnSync(
    process.execPath,
    [
      '--cpu-prof',
      `--cpu-prof-dir=${dir}`,
      join(space.project, 'scripts', 'analyze.ts'),
      '--articles',
      corpus,
      '--out',
      join(space.work, 'profile-briefing.json'),
    ],
    { cwd: space.project, stdio: 'ignore' },
  );
  const file = existsSync(dir) ? readdirSync(dir).find((name) => name.endsWith('.cpuprofile')) : undefined;
  if (!file) return null;
  return { articles: n, ...summariseProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')), 15) };
}

/** Builds the seeds' site in the snapshot and scores its home and first topic page. */
async function scoreSeeds(space: Workspace): Promise<LighthouseScores[]> {
  const dist = join(space.work, 'dist-seeds');
  const built = spawnSync(
    process.execPath,
    [join(space.project, 'scripts', 'build.ts'), '--articles', join(space.project, 'articles'), '--out', dist],
    { cwd: space.project, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  if (built.status !== 0) throw new Error('the seeds site did not build');
  const topics = existsSync(join(dist, 'topics')) ? readdirSync(join(dist, 'topics')).sort() : [];
  const pages = ['/', ...(topics[0] ? [`/topics/${topics[0]}/`] : [])];
  return runLighthouse(root, dist, pages, space.work);
}

/** Runs the benchmark and writes its results. */
export async function runBenchmark(options: BenchOptions): Promise<BenchResults> {
  rmSync(options.work, { recursive: true, force: true });
  mkdirSync(options.work, { recursive: true });
  const project = join(options.work, 'project');
  snapshotProject(root, project);
  const space: Workspace = {
    work: options.work,
    project,
    peer: join(options.work, 'peer'),
    seed: options.seed,
    sources: readCorpusSources(project),
    log: options.log,
  };
  const sizes: SizeFigures[] = [];
  for (const [index, n] of options.sizes.entries()) {
    writePeerSite(space.peer, join(options.work, `corpus-${n}`), join(root, 'node_modules'));
    sizes.push(await measureSize(space, n, options.runs[index] ?? options.runs.at(-1) ?? 1));
    // A long run that fails later still leaves the sizes measured so far.
    writeFileSync(join(options.work, 'results.partial.json'), `${JSON.stringify(sizes, null, 2)}\n`);
  }
  const profiled = options.sizes.filter((n) => n <= 1000).sort((a, b) => b - a)[0];
  const profile =
    options.profile && profiled !== undefined
      ? (options.log(`profiling the analysis at N=${profiled}`), profileAnalysis(space, profiled))
      : null;
  const lighthouse = options.lighthouse ? (options.log('Lighthouse on the seeds site'), await scoreSeeds(space)) : [];
  const worst = options.worstCases ? measureWorstCases(loadInputs(project).input, 3, options.log) : [];
  const results: BenchResults = {
    machine: {
      cores: availableParallelism(),
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryBytes: totalmem(),
      node: process.versions.node,
      date: new Date().toISOString().slice(0, 10),
    },
    seed: options.seed,
    runs: options.sizes.map((_, index) => options.runs[index] ?? options.runs.at(-1) ?? 1),
    sizes,
    lighthouse,
    profile,
    worstCases: worst,
    targets: checkTargets(sizes, lighthouse, worst),
  };
  mkdirSync(options.out, { recursive: true });
  const notesFile = join(options.out, 'notes.md');
  writeFileSync(join(options.out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(options.out, 'RESULTS.md'), formatResults(results, existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : null));
  return results;
}

const USAGE = `Usage: npm run bench -- [--sizes 100,1000,5000] [--runs 3] [--no-lighthouse] [--no-profile]
                       [--work DIR] [--out DIR] [--seed 1]
       npm run bench -- --format-only [--out DIR]

Measures the analysis and the site build on synthetic corpora of N articles against a plain Astro site built
from the same files, and writes RESULTS.md and results.json (about 20 minutes for the defaults on two cores).

Options:
  --sizes LIST     corpus sizes, comma-separated (default: 100,1000,5000)
  --runs LIST      runs per size: one count for every size, or one per size (default: 3)
  --no-lighthouse  skip the Lighthouse audit of the seeds' site
  --no-profile     skip the CPU profile of one analysis run
  --work DIR       scratch folder, emptied first (default: bench/tmp/run)
  --out DIR        where RESULTS.md and results.json go (default: bench)
  --seed N         corpus seed (default: 1)
  --format-only    rewrite RESULTS.md from results.json (after editing bench/notes.md)
  -h, --help       show this help`;

if (import.meta.main) {
  const { values } = parseCommandLine(USAGE, {
    options: {
      sizes: { type: 'string', default: '100,1000,5000' },
      runs: { type: 'string', default: '3' },
      'no-lighthouse': { type: 'boolean', default: false },
      'no-profile': { type: 'boolean', default: false },
      'no-worst-cases': { type: 'boolean', default: false },
      work: { type: 'string', default: join(root, 'bench', 'tmp', 'run') },
      out: { type: 'string', default: join(root, 'bench') },
      seed: { type: 'string', default: '1' },
      'format-only': { type: 'boolean', default: false },
    },
  });
  if (values['format-only']) {
    const out = resolve(values.out);
    const notesFile = join(out, 'notes.md');
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as BenchResults;
    writeFileSync(join(out, 'RESULTS.md'), formatResults(results, existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : null));
    process.exit(0);
  }
  const list = (text: string) =>
    text
      .split(',')
      .map((part) => Number(part.trim()))
      .filter((value) => Number.isInteger(value) && value > 0);
  const started = performance.now();
  const results = await runBenchmark({
    sizes: list(values.sizes),
    runs: list(values.runs),
    lighthouse: !values['no-lighthouse'],
    profile: !values['no-profile'],
    worstCases: !values['no-worst-cases'],
    work: resolve(values.work),
    out: resolve(values.out),
    seed: Number(values.seed),
    log: (message) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${message}\n`),
  });
  const missed = results.targets.filter((check) => !check.met);
  process.stdout.write(
    `Wrote ${join(values.out, 'RESULTS.md')}: ${results.targets.length - missed.length} of ${results.targets.length} targets met.\n`,
  );
  for (const check of missed) process.stdout.write(`  missed: ${check.target}: ${check.value} (${check.missedBy})\n`);
}
