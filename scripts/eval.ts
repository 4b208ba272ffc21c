/**
 * `npm run eval -- <gold.json> [--articles DIR] [--content DIR] [--json]`: analyses the articles and scores the
 * briefing against a hand annotation (the format of `test/fixtures/gold_seeds.json`): topics,
 * participants, quotes and events. Prints a readable report, or JSON with `--json`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseProject } from '../src/boundary/analyse-project.ts';
import { storyPaths } from '../src/boundary/load-inputs.ts';
import { parseCommandLine, usageError } from '../src/cli/parse-command-line.ts';
import { evaluate } from '../src/eval/evaluate.ts';
import { formatReport } from '../src/eval/format-report.ts';
import { parseGold } from '../src/eval/gold.ts';

const USAGE = `Usage: npm run eval -- <gold.json> [--articles DIR] [--content DIR] [--json]

Analyses the articles and scores the briefing against a hand annotation (the format of
test/fixtures/gold_seeds.json): topics, participants, quotes, statements, events and claims.

Options:
  --articles DIR  articles folder (default: articles)
  --content DIR   editorial data folder: topics/, participants.yaml, places.yaml, briefing.yaml (default: src/content)
  --json          print the scores as JSON instead of a report
  -h, --help      show this help`;

const { values, positionals } = parseCommandLine(USAGE, {
  allowPositionals: true,
  options: {
    articles: { type: 'string', default: 'articles' },
    content: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const [goldPath, ...extra] = positionals;
if (!goldPath) usageError(USAGE, 'missing the gold file');
if (extra.length > 0) usageError(USAGE, `one gold file, not ${positionals.length}`);

let gold;
try {
  gold = parseGold(JSON.parse(readFileSync(resolve(goldPath), 'utf8')));
} catch (error) {
  fail(`Cannot read the gold file ${goldPath}: ${(error as Error).message}`);
}

const analysed = analyseProject(
  resolve(import.meta.dirname, '..'),
  storyPaths(resolve(values.articles), values.content && resolve(values.content)),
);
if (!analysed.ok) fail(`Fix these inputs first:\n${analysed.report}`);

const report = evaluate(analysed.briefing, gold);
process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
