/**
 * `npm run build`: validate every input, build the site into a scratch folder, add its share cards, index it
 * for search, and move it into `dist/` only when everything succeeded. A failing or interrupted build leaves
 * the previous `dist/` as it was; the next build removes scratch a killed build left behind.
 *
 * Usage: node scripts/build.ts [--out DIR] [--articles DIR]
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadInputs } from '../src/boundary/load-inputs.ts';
import { formatInputErrors } from '../src/boundary/input-error.ts';
import { headersFile } from '../src/lib/csp.ts';
import type { Briefing } from '../src/core/model.ts';
import { formatBuildReport } from './lib/build-report.ts';
import { indexSearch } from './lib/index-search.ts';
import { writeShareCards } from './lib/write-cards.ts';
import { makeScratch, removeStaleScratch } from './lib/scratch-dirs.ts';
import { takeBuildLock } from './lib/build-lock.ts';

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
const { errors, settings } = loadInputs(root, { articles: articlesDir });
if (errors.length > 0) fail(`Build stopped: fix these inputs and build again.\n${formatInputErrors(errors)}`);

await takeBuildLock(root, (message) => process.stderr.write(`${message}\n`));

const previous = `${outDir}.previous`;
// A build killed between its two renames leaves only the previous site: put it back first.
if (!existsSync(outDir) && existsSync(previous)) renameSync(previous, outDir);
removeStaleScratch(dirname(outDir));
const scratch = makeScratch(dirname(outDir));
const removeScratch = () => rmSync(scratch, { recursive: true, force: true });
let running: ReturnType<typeof spawn> | null = null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    running?.kill(signal);
    removeScratch();
    process.exit(130);
  });
}

function failBuild(step: string, detail = ''): never {
  removeScratch();
  fail(`Build failed during ${step}${detail ? `: ${detail}` : ''}; ${values.out}/ was left as it was.`);
}

/** Runs Astro's build; an interrupt of this script is passed on to it. */
function buildSite(): Promise<number | null> {
  return new Promise((done) => {
    running = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, DOSSIER_OUT_DIR: scratch, DOSSIER_ARTICLES_DIR: articlesDir, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    running.on('close', (code) => {
      running = null;
      done(code);
    });
  });
}
if ((await buildSite()) !== 0) failBuild('the site build');

const briefing = JSON.parse(readFileSync(join(scratch, 'briefing.json'), 'utf8')) as Briefing;
try {
  await writeShareCards(briefing, settings, scratch, root);
} catch (error) {
  failBuild('share card drawing', (error as Error).message);
}

let indexed = 0;
try {
  indexed = await indexSearch(scratch);
} catch (error) {
  failBuild('search indexing', (error as Error).message);
}
writeFileSync(join(scratch, '_headers'), headersFile());
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(scratch, outDir);
rmSync(previous, { recursive: true, force: true });

process.stdout.write(`\n${formatBuildReport(briefing)}\n`);
process.stdout.write(`Search index: ${indexed} pages.\n`);
process.stdout.write(`Built ${values.out}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
