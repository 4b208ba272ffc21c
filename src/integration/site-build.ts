/**
 * One `astro build` of the site, as the integration runs it. At `astro:config:setup` it takes the project's
 * build lock, makes a scratch folder beside the output folder (Astro renders into it) and starts the analysis
 * in a process of its own, so the articles are analysed while Astro starts up and bundles. At
 * `astro:build:done` it adds `briefing.json`, the search index, the share cards and `_headers`, and only then
 * moves the scratch site into place. Whatever ends the build early (bad inputs, a failing step, an error in
 * Astro, a signal) leaves the previous output folder as it was and removes the scratch.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { headersFile } from '../format/csp.ts';
import type { CardToEnsure } from '../og/ensure-cards.ts';
import { analysisHeapMb, reusedAnalysis, startAnalysis, type AnalysisOutcome } from './analysis-process.ts';
import { analysisDigest, keepAnalysis, reuseAnalysis } from './analysis-reuse.ts';
import { handBriefing } from './briefing-handoff.ts';
import { takeBuildLock } from './build-lock.ts';
import { indexSearch } from './index-search.ts';
import { PREPARED } from './prepared-files.ts';
import { renderedPageCount } from './rendered-pages.ts';
import { discardInBackground, discardScratch, makeScratch, removeStaleScratch, removeTrash } from './scratch-dirs.ts';
import { forgetSearchIndex, recordSearchIndex, reuseSearchIndex, searchDigest } from './search-reuse.ts';
import { buildInputsDigest, forgetBuild, recordBuild, upToDateReport } from './up-to-date.ts';
import { writeShareCards } from './write-cards.ts';

/** Where a build reads and writes, and where it reports. */
export interface SiteBuildOptions {
  /** Project root. */
  root: string;
  /** Articles folder. */
  articles: string;
  /** Editorial data folder. */
  content: string;
  /** Output folder, replaced whole when the build succeeds. */
  outDir: string;
  /** Astro's cache folder (the incremental build's pages), where the build keeps what it reuses next time. */
  cacheDir: string;
  /** The site's address and base path, as configured. */
  site: string | undefined;
  base: string;
  /** `--force`: reuse nothing from earlier builds. */
  force: boolean;
  /** A progress line (Astro's logger adds the time and `[dossier]`). */
  say: (line: string) => void;
  /** Whether the site's address is set (`SITE_URL` or `site` in briefing.yaml); the build ends with a warning when not. */
  addressed: boolean;
}

/** The build's last line when the site's address is not set. */
export const NO_ADDRESS_WARNING =
  "Warning: link previews need the site's address: set SITE_URL or `site` in src/content/briefing.yaml (this build left out share-image tags, feeds and the sitemap).";

/** A started build. */
export interface SiteBuild {
  /** Where Astro renders the pages. */
  scratch: string;
  /** Adds what Astro does not make, then moves the site into place and prints the build report; `pages`: HTML pages built. */
  finish: (pages: number) => Promise<void>;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** `dist/` for a folder below the working folder, its absolute path otherwise. */
function shown(dir: string): string {
  const path = relative(process.cwd(), dir);
  return path === '' || path.startsWith('..') || isAbsolute(path) ? dir : path;
}

/** Starts a build: lock, scratch and analysis. Exits the process when the build cannot start. */
export async function startSiteBuild(options: SiteBuildOptions): Promise<SiteBuild> {
  const { root, articles, content, outDir, cacheDir, force, say, addressed } = options;
  const out = shown(outDir);
  let reported = false;
  const stop = (message: string): never => {
    reported = true;
    process.stderr.write(`${message}\n`);
    process.exit(1);
  };
  if (!existsSync(articles))
    stop(`Build stopped: there is no articles folder at ${shown(articles)}/ (an empty folder builds an empty briefing).`);

  await takeBuildLock(root, (message) => process.stderr.write(`${message}\n`));
  const previous = `${outDir}.previous`;
  // A build killed between its two renames leaves only the previous site: put it back first.
  if (!existsSync(outDir) && existsSync(previous)) renameSync(previous, outDir);
  removeStaleScratch(dirname(outDir));
  removeTrash(dirname(outDir));

  const buildInputs = buildInputsDigest(root, { site: options.site, base: options.base, outDir, articles, content });
  const lastReport = force ? null : upToDateReport(cacheDir, buildInputs, outDir);
  if (lastReport !== null) {
    reported = true;
    process.stdout.write(
      `\n${lastReport}Nothing changed since the last build (articles, editorial data, code, configuration): ${out}/ is up to date.\n`,
    );
    if (!addressed) process.stdout.write(`${NO_ADDRESS_WARNING}\n`);
    process.exit(0);
  }

  let swapped = false;
  let stopAnalysis = () => {};
  let scratch = '';
  let prepared = '';
  process.on('exit', (code) => {
    stopAnalysis();
    if (swapped || scratch === '') return;
    discardScratch(scratch);
    discardScratch(prepared);
    if (code !== 0 && !reported) process.stderr.write(`Build failed; ${out}/ was left as it was.\n`);
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      reported = true;
      process.exit(130);
    });
  }
  scratch = makeScratch(dirname(outDir));
  // Beside the scratch site, not in it (Astro empties its output folder); named after it, so stale ones go too.
  prepared = `${scratch}.prepared`;
  mkdirSync(prepared);

  const inputs = analysisDigest(root, articles, content);
  const analysis = !force && reuseAnalysis(cacheDir, inputs, prepared) ? reusedAnalysis(prepared) : null;
  if (analysis) say(`the articles, editorial data and code are those the last analysis read: its results reused`);
  else say(`analysing ${shown(articles)}/ beside Astro's start-up`);
  const run =
    analysis ??
    startAnalysis({
      root,
      articles,
      content,
      into: prepared,
      ...(force ? {} : { memo: join(cacheDir, 'article-memo') }),
      heapMb: analysisHeapMb(articles, process.env),
      onRetry: (message) => process.stderr.write(`${message}\n`),
      onSlow: (message) => process.stderr.write(`${message}\n`),
    });
  stopAnalysis = run.stop;
  let analysedAt = 0;
  const analysed = run.done.then((outcome: AnalysisOutcome): Promise<string> | string => {
    if (outcome.kind === 'rejected') stop(`Build stopped: fix these inputs and build again.\n${outcome.report}`);
    if (outcome.kind === 'failed') stop(`Build failed during the analysis: ${outcome.message}; ${out}/ was left as it was.`);
    if (outcome.kind !== 'done') return new Promise<string>(() => {});
    analysedAt = performance.now();
    if (!analysis) {
      say(`analysis done in ${seconds(outcome.ms)}`);
      keepAnalysis(cacheDir, inputs, outcome.dir);
    }
    return outcome.dir;
  });
  handBriefing(analysed);

  const fail = (step: string, error: unknown): never =>
    stop(`Build failed during ${step}: ${(error as Error).message}; ${out}/ was left as it was.`);

  async function finish(pages: number): Promise<void> {
    await analysed;
    const rendered = performance.now();
    const fresh = Math.min(renderedPageCount(), pages);
    say(`pages: ${fresh} rendered, ${pages - fresh} copied from the previous build`);
    copyFileSync(join(prepared, PREPARED.briefing), join(scratch, 'briefing.json'));

    const digest = searchDigest(scratch, root);
    const reused = force ? null : reuseSearchIndex(scratch, outDir, digest, cacheDir);
    let indexed = reused ?? 0;
    if (reused === null) {
      say('search: indexing the pages');
      try {
        indexed = await indexSearch(scratch);
      } catch (error) {
        fail('search indexing', error);
      }
    }
    const searched = performance.now();
    say(
      reused === null
        ? `search: ${indexed} pages indexed in ${seconds(searched - rendered)}`
        : `search: the searchable pages are those of ${out}/, its index of ${indexed} pages copied in ${seconds(searched - rendered)}`,
    );

    // Search first: while the indexer (a process of its own) runs, this one has not yet grown by the drawing threads.
    const cards = JSON.parse(readFileSync(join(prepared, PREPARED.cards), 'utf8')) as CardToEnsure[];
    say(`share cards: ${cards.length} to draw or take from .cache/og/`);
    try {
      await writeShareCards(cards, scratch, root);
    } catch (error) {
      fail('share card drawing', error);
    }
    writeFileSync(join(scratch, '_headers'), headersFile());
    const carded = performance.now();
    say(`share cards: in place in ${seconds(carded - searched)}`);

    const report = readFileSync(join(prepared, PREPARED.report), 'utf8');
    rmSync(prepared, { recursive: true, force: true });
    rmSync(previous, { recursive: true, force: true });
    // Until the new site is in place, neither its index nor the build is known to match the site there.
    forgetSearchIndex(cacheDir);
    forgetBuild(cacheDir);
    if (existsSync(outDir)) renameSync(outDir, previous);
    renameSync(scratch, outDir);
    swapped = true;
    if (existsSync(previous)) discardInBackground(previous);
    recordSearchIndex(outDir, digest, indexed, cacheDir);
    const told = `${report}For editors: this report, what to register and how sentences were filed are on the site's editors/ page, which no reader's page links to.\nSearch index: ${indexed} pages.\n`;
    recordBuild(cacheDir, buildInputs, outDir, told);
    const finished = performance.now();
    say(`moved the new site into ${out}/`);

    process.stdout.write(`\n${told}`);
    process.stdout.write(
      `Built ${out}/ in ${seconds(finished)}: analysis ${analysis ? 'reused' : `${seconds(analysedAt)} (beside Astro's start-up)`}, ` +
        `pages ${seconds(rendered)} in all (${fresh} rendered, ${pages - fresh} copied), search ${seconds(searched - rendered)}, share cards ${seconds(carded - searched)}, ` +
        `swap ${seconds(finished - carded)}.\n`,
    );
    // After Astro's own closing lines, so it is the build's last word.
    if (!addressed) process.once('exit', (code) => code === 0 && process.stdout.write(`${NO_ADDRESS_WARNING}\n`));
  }

  return { scratch, finish };
}
