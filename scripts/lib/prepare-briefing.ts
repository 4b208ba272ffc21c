/**
 * The analysis step of `scripts/build.ts`, a process of its own that runs while Astro starts up beside it (two
 * cores at work) and gives its memory back before Astro renders: reads and validates every input, analyses
 * the articles once, and writes what the rest of the build needs into a folder: `cards.json` (every page's
 * share card), `report.txt` (the build report) and, last, `briefing.json` (which the pages render and the
 * site publishes), whose appearance tells Astro the briefing is ready.
 *
 * Usage: node scripts/lib/prepare-briefing.ts --articles DIR --into DIR
 * Exit 1: the inputs have problems, listed on standard error one a line.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatInputErrors } from '../../src/boundary/input-error.ts';
import { loadInputs } from '../../src/boundary/load-inputs.ts';
import { analyze } from '../../src/core/analyze.ts';
import { briefingJsonChunks } from '../../src/core/serialize-briefing.ts';
import { shareCards } from '../../src/lib/share-cards.ts';
import type { CardToEnsure } from '../../src/og/ensure-cards.ts';
import { formatBuildReport } from './build-report.ts';
import { PREPARED } from './prepared-files.ts';
import { writeChunks } from './write-chunks.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { articles: { type: 'string' }, into: { type: 'string' } } });
if (!values.articles || !values.into) {
  process.stderr.write('usage: node scripts/lib/prepare-briefing.ts --articles DIR --into DIR\n');
  process.exit(2);
}

const { input, settings, errors } = loadInputs(root, { articles: values.articles });
if (errors.length > 0) {
  process.stderr.write(`${formatInputErrors(errors)}\n`);
  process.exit(1);
}
const briefing = analyze(input);
const cards: CardToEnsure[] = shareCards(briefing, settings).map(({ image, content }) => ({ image, content }));
writeFileSync(join(values.into, PREPARED.cards), JSON.stringify(cards));
writeFileSync(join(values.into, PREPARED.report), `${formatBuildReport(briefing)}\n`);
// Last, and whole or not at all: Astro, started beside this step, waits for this file to appear.
const briefingFile = join(values.into, PREPARED.briefing);
writeChunks(`${briefingFile}.partial`, briefingJsonChunks(briefing));
renameSync(`${briefingFile}.partial`, briefingFile);
