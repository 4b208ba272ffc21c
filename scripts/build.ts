/**
 * `npm run build`: validate every input, build the site into a scratch folder, and move it into `dist/`
 * only when everything succeeded. A failing or interrupted build leaves the previous `dist/` as it was.
 *
 * Usage: node scripts/build.ts [--out DIR] [--articles DIR]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadInputs } from '../src/boundary/load-inputs.ts';
import { formatInputErrors } from '../src/boundary/input-error.ts';
import { formatBuildReport } from './lib/build-report.ts';
import type { Briefing } from '../src/core/model.ts';

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
const { errors } = loadInputs(root, { articles: articlesDir });
if (errors.length > 0) fail(`Build stopped: fix these inputs and build again.\n${formatInputErrors(errors)}`);

mkdirSync(dirname(outDir), { recursive: true });
const scratch = mkdtempSync(join(dirname(outDir), '.dist-build-'));
const removeScratch = () => rmSync(scratch, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    removeScratch();
    process.exit(130);
  });
}

function run(step: string, command: string, args: string[]): void {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DOSSIER_OUT_DIR: scratch, DOSSIER_ARTICLES_DIR: articlesDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) {
    removeScratch();
    fail(`Build failed during ${step}; ${values.out}/ was left as it was.`);
  }
}

run('the site build', process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);

const briefing = JSON.parse(readFileSync(join(scratch, 'briefing.json'), 'utf8')) as Briefing;
const previous = `${outDir}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(scratch, outDir);
rmSync(previous, { recursive: true, force: true });

process.stdout.write(`\n${formatBuildReport(briefing)}\n`);
process.stdout.write(`Built ${values.out}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
