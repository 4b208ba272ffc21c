/**
 * `npm run analyze -- [--articles DIR] [--out FILE]`: the briefing as JSON without building the site.
 * The JSON goes to FILE or standard output; the build report and the analysis time go to standard error.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadInputs } from '../src/boundary/load-inputs.ts';
import { formatInputErrors } from '../src/boundary/input-error.ts';
import { analyze } from '../src/core/analyze.ts';
import { briefingJsonChunks } from '../src/core/serialize-briefing.ts';
import { formatBuildReport } from './lib/build-report.ts';
import { writeChunks } from './lib/write-chunks.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { articles: { type: 'string', default: 'articles' }, out: { type: 'string' } } });

const { input, errors } = loadInputs(root, { articles: resolve(process.cwd(), values.articles) });
if (errors.length > 0) {
  process.stderr.write(`${formatInputErrors(errors)}\n`);
  process.exit(1);
}
const started = performance.now();
const briefing = analyze(input);
const elapsed = performance.now() - started;
writeChunks(values.out ? resolve(process.cwd(), values.out) : null, briefingJsonChunks(briefing));
const sentences = briefing.articles.reduce((sum, article) => sum + article.sentences.length, 0);
process.stderr.write(`${formatBuildReport(briefing)}\n`);
process.stderr.write(`Analysis: ${elapsed.toFixed(0)} ms for ${sentences} sentences (${Math.round(sentences / (elapsed / 1000))} sentences/s).\n`);
