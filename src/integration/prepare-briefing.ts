/**
 * The analysis step of a build or dev server, a process of its own (started by `analysis-process.ts`) that runs
 * while Astro starts up beside it (two cores at work) and gives its memory back before Astro renders: reads and
 * validates every input, analyses the articles once, and writes what the rest of the build needs into a folder:
 * `cards.json` (every page's share card), `settings.json`, `report.txt` (the build report), `briefing.records`
 * (the briefing the pages render, in V8's serialisation) and, last, `briefing.json` (which the site publishes).
 *
 * Exit 1: the inputs have problems, listed on standard error one a line.
 */
import { closeSync, openSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyseProject } from '../boundary/analyse-project.ts';
import { storyPaths } from '../boundary/load-inputs.ts';
import { memoFolder } from '../boundary/memo-folder.ts';
import { briefingJsonChunks } from '../core/serialize-briefing.ts';
import type { AnalysisWatch } from '../core/watch.ts';
import { parseCommandLine, usageError } from '../cli/parse-command-line.ts';
import { shareCards } from '../og/share-cards.ts';
import type { CardToEnsure } from '../og/ensure-cards.ts';
import { formatBuildReport } from './build-report.ts';
import { PREPARED } from './prepared-files.ts';
import { writeBriefingRecords } from './briefing-records.ts';
import { writeChunks } from './write-chunks.ts';

const USAGE = `Usage: node src/integration/prepare-briefing.ts --root DIR --articles DIR --content DIR --into DIR [--memo DIR]

The analysis step of a build (started by the build itself, not by hand): analyses the articles of the project
at --root with the editorial data in --content and writes briefing.json, cards.json and report.txt into --into.
With --memo, the per-article results of earlier runs kept in that folder are reused, and this run's are kept there.`;

const { values } = parseCommandLine(USAGE, {
  options: {
    root: { type: 'string' },
    articles: { type: 'string' },
    content: { type: 'string' },
    into: { type: 'string' },
    memo: { type: 'string' },
  },
});
if (!values.root || !values.articles || !values.content || !values.into)
  usageError(USAGE, 'missing --root, --articles, --content or --into');

// What the analysis is reading now, for the build to name an article that takes long: rewritten in place at every
// step, synchronously, so that it is on disk even while the analysis is busy.
const status = openSync(join(values.into, PREPARED.status), 'w');
const watch: AnalysisWatch = (stage, article) => {
  const line = Buffer.from(`${stage}\t${article ?? ''}\n`.padEnd(160, ' '));
  writeSync(status, line, 0, line.length, 0);
};
const memo = values.memo ? memoFolder(resolve(values.memo), resolve(values.root)) : undefined;
const analysed = analyseProject(resolve(values.root), storyPaths(resolve(values.articles), resolve(values.content)), watch, memo);
closeSync(status);
if (!analysed.ok) {
  process.stderr.write(`${analysed.report}\n`);
  process.exit(1);
}
const { briefing, settings } = analysed;
const cards: CardToEnsure[] = shareCards(briefing, settings).map(({ image, content }) => ({ image, content }));
writeFileSync(join(values.into, PREPARED.cards), JSON.stringify(cards));
writeFileSync(join(values.into, PREPARED.settings), JSON.stringify(settings));
writeFileSync(join(values.into, PREPARED.report), `${formatBuildReport(briefing, analysed.notes)}\n`);
writeBriefingRecords(join(values.into, PREPARED.handoff), briefing);
// Last, and whole or not at all: whoever waits for the briefing reads it only once this step has exited.
const briefingFile = join(values.into, PREPARED.briefing);
writeChunks(`${briefingFile}.partial`, briefingJsonChunks(briefing));
renameSync(`${briefingFile}.partial`, briefingFile);
memo?.save();
