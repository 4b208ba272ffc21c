/**
 * `npm run build`: analyse the articles once (validating every input first), build the site from that briefing
 * into a scratch folder, add its share cards, index it for search, and move it into `dist/` only when
 * everything succeeded. A failing or interrupted build leaves the previous `dist/` as it was; the next build
 * removes scratch a killed build left behind.
 *
 * The analysis and Astro are processes of their own, started together: Astro starts up while the articles are
 * analysed, then renders the briefing the analysis wrote (it analyses nothing itself), after the analysis has
 * exited and given its memory back.
 *
 * Usage: node scripts/build.ts [--out DIR] [--articles DIR]
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFile } from '../src/lib/csp.ts';
import type { CardToEnsure } from '../src/og/ensure-cards.ts';
import { takeBuildLock } from './lib/build-lock.ts';
import { indexSearch } from './lib/index-search.ts';
import { PREPARED } from './lib/prepared-files.ts';
import { makeScratch, removeStaleScratch } from './lib/scratch-dirs.ts';
import { writeShareCards } from './lib/write-cards.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist' }, articles: { type: 'string', default: 'articles' } },
});
const outDir = resolve(process.cwd(), values.out);
const articlesDir = resolve(process.cwd(), values.articles);

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const started = performance.now();
if (!existsSync(articlesDir)) fail(`Build stopped: there is no articles folder at ${values.articles}/ (an empty folder builds an empty briefing).`);

await takeBuildLock(root, (message) => process.stderr.write(`${message}\n`));

const previous = `${outDir}.previous`;
// A build killed between its two renames leaves only the previous site: put it back first.
if (!existsSync(outDir) && existsSync(previous)) renameSync(previous, outDir);
removeStaleScratch(dirname(outDir));
const scratch = makeScratch(dirname(outDir));
// Beside the scratch site, not in it (Astro empties its output folder); named after it, so stale ones go too.
const prepared = `${scratch}.prepared`;
mkdirSync(prepared);
const removeScratch = () => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(prepared, { recursive: true, force: true });
};
const running = new Set<ReturnType<typeof spawn>>();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    for (const child of running) child.kill(signal);
    removeScratch();
    process.exit(130);
  });
}

function failBuild(step: string, detail = ''): never {
  removeScratch();
  fail(`Build failed during ${step}${detail ? `: ${detail}` : ''}; ${values.out}/ was left as it was.`);
}

/**
 * A heap bound for the analysis: about 64 times the articles' bytes, at least 768 MB. The analysis keeps
 * 35-40 times its input alive at its peak; left unbounded, V8 lets its heap grow to three times that with
 * garbage while Astro, started beside it, holds memory too. A build that needs more is re-run unbounded.
 * `DOSSIER_ANALYSIS_HEAP_MB` sets the bound instead.
 */
function analysisHeapMb(dir: string): number {
  const bytes = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(dir, entry.name)).size, 0);
  return Math.max(768, Math.ceil((bytes * 64) / 2 ** 20));
}

/** A running Node script of the project; an interrupt of this script is passed on to it. */
interface Step {
  child: ReturnType<typeof spawn>;
  done: Promise<{ code: number | null; stderr: string }>;
}

function startStep(args: string[], env: Record<string, string>, stderr: 'inherit' | 'pipe'): Step {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', stderr], env: { ...process.env, ...env } });
  running.add(child);
  let text = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => {
    child.on('close', (code) => {
      running.delete(child);
      resolve({ code, stderr: text });
    });
  });
  return { child, done };
}

// The analysis and Astro start together: Astro spends its first seconds starting up and bundling, which needs no
// briefing, and then waits for `briefing.json` to appear (src/lib/briefing.ts).
const prepareArgs = [join(root, 'scripts', 'lib', 'prepare-briefing.ts'), '--articles', articlesDir, '--into', prepared];
const heapMb = Number(process.env.DOSSIER_ANALYSIS_HEAP_MB) || analysisHeapMb(articlesDir);
const boundedAnalysis = startStep([`--max-old-space-size=${heapMb}`, ...prepareArgs], {}, 'pipe');
const siteStep = startStep(
  [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
  { DOSSIER_OUT_DIR: scratch, DOSSIER_ARTICLES_DIR: articlesDir, DOSSIER_BRIEFING_FILE: join(prepared, PREPARED.briefing), ASTRO_TELEMETRY_DISABLED: '1' },
  'inherit',
);
let analysis = await boundedAnalysis.done;
if (analysis.code !== 0 && analysis.code !== 1 && /heap out of memory/.test(analysis.stderr)) {
  process.stderr.write('The analysis needed more memory than its usual bound; running it again without one.\n');
  analysis = await startStep(prepareArgs, {}, 'pipe').done;
}
const analysed = performance.now();
if (analysis.code !== 0) {
  siteStep.child.kill('SIGTERM');
  await siteStep.done;
  if (analysis.code === 1) {
    removeScratch();
    fail(`Build stopped: fix these inputs and build again.\n${analysis.stderr.trimEnd()}`);
  }
  failBuild('the analysis', analysis.stderr.trim());
}
if ((await siteStep.done).code !== 0) failBuild('the site build');
copyFileSync(join(prepared, PREPARED.briefing), join(scratch, 'briefing.json'));
const rendered = performance.now();

let indexed = 0;
try {
  indexed = await indexSearch(scratch);
} catch (error) {
  failBuild('search indexing', (error as Error).message);
}
const searched = performance.now();

// Search first: while the indexer (a process of its own) runs, this one has not yet grown by the drawing threads.
try {
  await writeShareCards(JSON.parse(readFileSync(join(prepared, PREPARED.cards), 'utf8')) as CardToEnsure[], scratch, root);
} catch (error) {
  failBuild('share card drawing', (error as Error).message);
}

writeFileSync(join(scratch, '_headers'), headersFile());
const carded = performance.now();

const report = readFileSync(join(prepared, PREPARED.report), 'utf8');
rmSync(prepared, { recursive: true, force: true });
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(scratch, outDir);
rmSync(previous, { recursive: true, force: true });

process.stdout.write(`\n${report}`);
process.stdout.write(`Search index: ${indexed} pages.\n`);
const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
const finished = performance.now();
process.stdout.write(
  `Built ${values.out}/ in ${seconds(started, finished)}: analysis ${seconds(started, analysed)} (beside Astro's start-up), ` +
    `pages ${seconds(started, rendered)} in all, search ${seconds(rendered, searched)}, share cards ${seconds(searched, carded)}, ` +
    `swap ${seconds(carded, finished)}.\n`,
);
