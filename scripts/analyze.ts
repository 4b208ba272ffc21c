/**
 * `npm run analyze -- [--articles DIR] [--content DIR] [--out FILE]`: the briefing as JSON without building the site.
 * The JSON goes to FILE or standard output; the build report and the analysis time go to standard error.
 */
import { resolve } from 'node:path';
import { analyseProject } from '../src/boundary/analyse-project.ts';
import { storyPaths } from '../src/boundary/load-inputs.ts';
import { parseCommandLine } from '../src/cli/parse-command-line.ts';
import { briefingJsonChunks } from '../src/core/serialize-briefing.ts';
import { formatBuildReport } from '../src/integration/build-report.ts';
import { writeChunks } from '../src/integration/write-chunks.ts';

const USAGE = `Usage: npm run analyze -- [--articles DIR] [--content DIR] [--out FILE]

Analyses the articles and writes the briefing as JSON (the site's briefing.json) without building the site.
The build report and the analysis time go to standard error.

Options:
  --articles DIR  articles folder (default: articles)
  --content DIR   editorial data folder: topics/, participants.yaml, places.yaml, briefing.yaml (default: src/content)
  --out FILE      write the JSON to FILE instead of standard output
  -h, --help      show this help`;

const { values } = parseCommandLine(USAGE, {
  options: { articles: { type: 'string', default: 'articles' }, content: { type: 'string' }, out: { type: 'string' } },
});

const analysed = analyseProject(
  resolve(import.meta.dirname, '..'),
  storyPaths(resolve(values.articles), values.content && resolve(values.content)),
);
if (!analysed.ok) {
  process.stderr.write(`${analysed.report}\n`);
  process.exit(1);
}
const { briefing, analyseMs } = analysed;
writeChunks(values.out ? resolve(values.out) : null, briefingJsonChunks(briefing));
const sentences = briefing.articles.reduce((sum, article) => sum + article.sentences.length, 0);
process.stderr.write(`${formatBuildReport(briefing)}\n`);
process.stderr.write(
  `Analysis: ${analyseMs.toFixed(0)} ms for ${sentences} sentences (${Math.round(sentences / (analyseMs / 1000))} sentences/s).\n`,
);
