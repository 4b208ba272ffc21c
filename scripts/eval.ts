/**
 * `npm run eval -- <gold.json> [--articles DIR] [--json]`: analyses the articles and scores the
 * briefing against a hand annotation (the format of `test/fixtures/gold_seeds.json`): topics,
 * participants, quotes and events. Prints a readable report, or JSON with `--json`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatInputErrors } from '../src/boundary/input-error.ts';
import { loadInputs } from '../src/boundary/load-inputs.ts';
import { analyze } from '../src/core/analyze.ts';
import { evaluate } from '../src/eval/evaluate.ts';
import { formatReport } from '../src/eval/format-report.ts';
import { parseGold } from '../src/eval/gold.ts';

const root = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    articles: { type: 'string', default: 'articles' },
    json: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const goldPath = positionals[0];
if (!goldPath) fail('Usage: npm run eval -- <gold.json> [--articles DIR] [--json]');

let gold;
try {
  gold = parseGold(JSON.parse(readFileSync(resolve(process.cwd(), goldPath), 'utf8')));
} catch (error) {
  fail(`Cannot read the gold file ${goldPath}: ${(error as Error).message}`);
}

const { input, errors } = loadInputs(root, { articles: resolve(process.cwd(), values.articles) });
if (errors.length > 0) fail(`Fix these inputs first:\n${formatInputErrors(errors)}`);

const report = evaluate(analyze(input), gold);
process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
