/**
 * Every figure of the benchmark for one corpus size N: analysis alone, the peer's cold build and rebuild,
 * Dossier's cold build (cards drawn), cold build with the cards taken from a warm cache, warm rebuild after
 * adding one article and rebuild with nothing changed, each with its peak memory and the pages it rendered and
 * copied; then the weight of the built site.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle, generateCorpus, writeCorpus, type CorpusSources } from './generate-corpus.ts';
import { measureProcess, type Measured } from './measure-process.ts';
import { weighSite, type SiteWeights } from './page-weights.ts';
import { countPages, type PageCounts } from './rendered-pages.ts';
import { clearCaches } from './snapshot-project.ts';
import { spreadOf, type Spread } from './summarise-runs.ts';

/** Where the benchmark works. */
export interface Workspace {
  /** Scratch folder. */
  work: string;
  /** Snapshot of the project (see snapshot-project.ts). */
  project: string;
  /** The peer site (see peer-site.ts). */
  peer: string;
  /** Corpus seed. */
  seed: number;
  /** What the corpus is made from. */
  sources: CorpusSources;
  /** Progress messages. */
  log: (message: string) => void;
}

/** A build measured over several runs. */
export interface BuildFigures {
  /** Wall-clock milliseconds. */
  ms: Spread;
  /** Peak resident set of the process tree, bytes. */
  peakRss: Spread;
  /** Share cards drawn (not from cache), per run; null for the peer. */
  cardsRendered: number[] | null;
  /** Pages rendered and copied from the previous build, per run; null for the peer. */
  pages?: PageCounts[] | null;
}

/** Every figure of one size. */
export interface SizeFigures {
  /** Articles in the corpus. */
  articles: number;
  /** Sentences the analysis found. */
  sentences: number;
  /** `npm run analyze` alone. */
  analysis: { ms: Spread; sentencesPerSecond: Spread; peakRss: Spread };
  /** The plain Astro site: cold build, and rebuild after adding one article. */
  peer: { cold: BuildFigures; warm: BuildFigures };
  /** Dossier builds: cold, cold with cached cards, rebuild after one new article, rebuild with nothing changed. */
  dossier: { coldFull: BuildFigures; coldNoCards: BuildFigures; warm: BuildFigures; unchanged?: BuildFigures };
  /** Wall-clock milliseconds per drawn card in the cold build: (cold - cold without cards) / cards drawn. */
  cardMs: Spread;
  /** The built site (N articles). */
  site: SiteWeights;
}

function check(step: string, result: Measured): Measured {
  if (result.code !== 0)
    throw new Error(`${step} failed (exit ${result.code}):\n${result.stderr.slice(-3000)}\n${result.stdout.slice(-2000)}`);
  return result;
}

function cardsRendered(result: Measured): number {
  const match = /share cards: (\d+) rendered/.exec(result.stdout + result.stderr);
  return match ? Number(match[1]) : 0;
}

function figures(results: readonly Measured[], dossier: boolean): BuildFigures {
  return {
    ms: spreadOf(results.map((result) => result.ms)),
    peakRss: spreadOf(results.map((result) => result.peakRss ?? 0)),
    cardsRendered: dossier ? results.map(cardsRendered) : null,
    pages: dossier ? results.map((result) => countPages(result.stdout + result.stderr)) : null,
  };
}

/** Measures size `n` with `runs` runs of every build. */
export async function measureSize(space: Workspace, n: number, runs: number): Promise<SizeFigures> {
  const corpus = join(space.work, `corpus-${n}`);
  writeCorpus(corpus, generateCorpus(space.seed, n, space.sources));
  const extra = generateArticle(space.seed, n, space.sources);
  const extraFile = join(corpus, extra.name);
  const dist = join(space.work, `dist-${n}`);
  const node = process.execPath;
  const astro = join(space.project, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const quiet = { ASTRO_TELEMETRY_DISABLED: '1' };
  const build = (step: string) =>
    measureProcess(node, [join(space.project, 'scripts', 'build.ts'), '--articles', corpus, '--out', dist], {
      cwd: space.project,
      env: quiet,
    }).then((result) => check(step, result));
  const peerBuild = (step: string) =>
    measureProcess(node, [astro, 'build'], { cwd: space.peer, env: quiet }).then((result) => check(step, result));

  const analyses: Measured[] = [];
  const runsOf = {
    peerCold: [] as Measured[],
    peerWarm: [] as Measured[],
    coldFull: [] as Measured[],
    coldNoCards: [] as Measured[],
    warm: [] as Measured[],
    unchanged: [] as Measured[],
  };
  let site: SiteWeights | null = null;
  let sentences = 0;
  for (let run = 1; run <= runs; run += 1) {
    space.log(`N=${n} run ${run}/${runs}: analysis`);
    const analysis = check(
      'analysis',
      await measureProcess(
        node,
        [join(space.project, 'scripts', 'analyze.ts'), '--articles', corpus, '--out', join(space.work, `briefing-${n}.json`)],
        { cwd: space.project },
      ),
    );
    const reported = /Analysis: (\d+) ms for (\d+) sentences/.exec(analysis.stderr);
    if (!reported) throw new Error(`analysis printed no timing:\n${analysis.stderr.slice(-1000)}`);
    sentences = Number(reported[2]);
    analyses.push({ ...analysis, ms: Number(reported[1]) });

    space.log(`N=${n} run ${run}/${runs}: peer cold build, then rebuild with one more article`);
    clearCaches(space.peer);
    rmSync(join(space.peer, 'dist'), { recursive: true, force: true });
    runsOf.peerCold.push(await peerBuild('peer cold build'));
    writeFileSync(extraFile, extra.text);
    runsOf.peerWarm.push(await peerBuild('peer rebuild'));
    rmSync(extraFile);

    space.log(`N=${n} run ${run}/${runs}: Dossier cold build`);
    clearCaches(space.project);
    rmSync(dist, { recursive: true, force: true });
    runsOf.coldFull.push(await build('cold build'));
    space.log(`N=${n} run ${run}/${runs}: Dossier cold build, cards from cache`);
    clearCaches(space.project, true);
    rmSync(dist, { recursive: true, force: true });
    runsOf.coldNoCards.push(await build('cold build without cards'));
    site ??= weighSite(dist);
    space.log(`N=${n} run ${run}/${runs}: Dossier rebuild with one more article, then with nothing changed`);
    writeFileSync(extraFile, extra.text);
    runsOf.warm.push(await build('warm rebuild'));
    runsOf.unchanged.push(await build('rebuild with nothing changed'));
    rmSync(extraFile);
  }

  const coldFull = figures(runsOf.coldFull, true);
  const coldNoCards = figures(runsOf.coldNoCards, true);
  // The build reports the wall-clock time of its drawing batch; without it, the time the cards added to the build.
  const cardMs = runsOf.coldFull.map((result, index) => {
    const drawn = cardsRendered(result);
    const seconds = /share cards: \d+ rendered in ([\d.]+) s/.exec(result.stdout + result.stderr)?.[1];
    if (drawn === 0) return 0;
    return seconds ? (Number(seconds) * 1000) / drawn : (result.ms - (runsOf.coldNoCards[index]?.ms ?? result.ms)) / drawn;
  });
  return {
    articles: n,
    sentences,
    analysis: {
      ms: spreadOf(analyses.map((result) => result.ms)),
      sentencesPerSecond: spreadOf(analyses.map((result) => sentences / (result.ms / 1000))),
      peakRss: spreadOf(analyses.map((result) => result.peakRss ?? 0)),
    },
    peer: { cold: figures(runsOf.peerCold, false), warm: figures(runsOf.peerWarm, false) },
    dossier: { coldFull, coldNoCards, warm: figures(runsOf.warm, true), unchanged: figures(runsOf.unchanged, true) },
    cardMs: spreadOf(cardMs),
    site: site as SiteWeights,
  };
}
