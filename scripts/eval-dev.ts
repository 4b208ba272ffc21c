/**
 * `npm run eval:dev -- [--dev DIR] [--content DIR] [--batch a,b] [--full] [--json]`: scores the analysis on the
 * development set (`../shared/eval/dev` by default). Each batch folder (`a/`, `b/`, ...) holds raw `.txt` articles,
 * a `meta.tsv` (file, outlet, published, url) and a hand annotation `gold.json`. The articles are ingested with the
 * project's own ingest into a scratch folder, analysed together as one story with the default story's editorial
 * data (the annotation uses its topics), and scored per batch and in total. The texts are read where they lie and
 * never copied into the project.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCommandLine } from '../src/cli/parse-command-line.ts';
import { analyseProject } from '../src/boundary/analyse-project.ts';
import { contentPaths } from '../src/boundary/load-inputs.ts';
import { evaluate, type EvalReport } from '../src/eval/evaluate.ts';
import { formatReport } from '../src/eval/format-report.ts';
import { formatSummary } from '../src/eval/format-summary.ts';
import { parseGold, type GoldFile } from '../src/eval/gold.ts';
import { mergeGolds } from '../src/eval/merge-gold.ts';
import { runIngest } from '../src/ingest/run-ingest.ts';
import { DEFAULT_STORY } from '../src/story/story-folders.ts';

const USAGE = `Usage: npm run eval:dev -- [--dev DIR] [--content DIR] [--batch a,b,...] [--full] [--json]

Ingests the development set (batch folders of raw .txt articles, each with meta.tsv and gold.json) with the
project's own ingest into a scratch folder, analyses it as one story and scores each batch and the total.

Options:
  --dev DIR        the development set (default: ../shared/eval/dev)
  --content DIR    editorial data whose topic ids the annotation uses (default: the default story's,
                   ${DEFAULT_STORY.content})
  --batch a,b,...  only these batches
  --full           also print every batch's full report, with its misses
  --json           print the reports as JSON
  -h, --help       show this help`;
const root = resolve(import.meta.dirname, '..');

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const { values } = parseCommandLine(USAGE, {
  options: {
    dev: { type: 'string', default: resolve(root, '..', 'shared', 'eval', 'dev') },
    content: { type: 'string', default: resolve(root, DEFAULT_STORY.content) },
    batch: { type: 'string' },
    full: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const dev = resolve(process.cwd(), values.dev);
let batches: string[];
try {
  batches = readdirSync(dev)
    .filter((name) => statSync(join(dev, name)).isDirectory())
    .sort();
} catch {
  fail(`No development set at ${dev} (give its folder with --dev).`);
}
if (values.batch) {
  const wanted = values.batch.split(',').map((name) => name.trim());
  const unknown = wanted.filter((name) => !batches.includes(name));
  if (unknown.length > 0) fail(`No batch ${unknown.join(', ')} in ${dev} (batches: ${batches.join(', ')}).`);
  batches = wanted;
}

/** One row of a batch's `meta.tsv`. */
interface Meta {
  file: string;
  outlet: string;
  published: string;
  url: string;
}

function readMeta(batch: string): Meta[] {
  const lines = readFileSync(join(dev, batch, 'meta.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    const row = Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
    return { file: row.file ?? '', outlet: row.outlet ?? '', published: row.published ?? '', url: row.url ?? '' };
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'dossier-eval-dev-'));
try {
  const articles = join(scratch, 'articles');
  const quiet = { out: () => {}, err: (line: string) => process.stderr.write(`${line}\n`) };
  const golds: Array<[string, GoldFile]> = [];
  for (const batch of batches) {
    for (const meta of readMeta(batch)) {
      const args = [join(dev, batch, meta.file), '--outlet', meta.outlet, '--published', meta.published, '--out', articles, '--force'];
      if (meta.url) args.push('--url', meta.url);
      if ((await runIngest(args, quiet, root)) !== 0) fail(`Could not ingest ${batch}/${meta.file}.`);
    }
    golds.push([batch, parseGold(JSON.parse(readFileSync(join(dev, batch, 'gold.json'), 'utf8')))]);
  }
  const analysed = analyseProject(root, { articles, ...contentPaths(resolve(process.cwd(), values.content)) });
  if (!analysed.ok) fail(`The ingested articles do not validate:\n${analysed.report}`);
  const { briefing } = analysed;
  const reports: Array<[string, EvalReport]> = golds.map(([batch, gold]) => [batch, evaluate(briefing, gold)]);
  if (golds.length > 1) reports.push(['total', evaluate(briefing, mergeGolds(golds))]);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(Object.fromEntries(reports), null, 2)}\n`);
  } else {
    if (values.full) for (const [name, report] of reports) process.stdout.write(`\n=== ${name} ===\n${formatReport(report, 40)}\n`);
    process.stdout.write(`${formatSummary(reports)}\n`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
