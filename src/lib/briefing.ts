/**
 * The briefing every page and endpoint picks from, loaded once per build at module level.
 *
 * In a build, `scripts/build.ts` analyses the articles in a process of its own, started beside this one, and
 * names the result in `DOSSIER_BRIEFING_FILE`: the pages render exactly the `briefing.json` the site publishes. Without
 * it (the dev server, `astro check`), the inputs are read through the same boundary as the scripts and
 * analysed here.
 */
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { inputPathsFromEnv, loadInputs, loadSettings } from '../boundary/load-inputs.ts';
import { InputErrors } from '../boundary/input-error.ts';
import type { BriefingSettings } from '../boundary/editorial-schemas.ts';
import { analyze } from '../core/analyze.ts';
import type { Briefing } from '../core/model.ts';
import { parseBriefingLines, serializeBriefing } from '../core/serialize-briefing.ts';
import { indexBriefing } from './briefing-index.ts';
import { readLines } from './read-lines.ts';

const preparedFile = process.env.DOSSIER_BRIEFING_FILE;

function analyseHere(): { briefing: Briefing; settings: BriefingSettings } {
  const loaded = loadInputs(process.cwd(), inputPathsFromEnv(process.env));
  if (loaded.errors.length > 0) throw new InputErrors(loaded.errors);
  return { briefing: analyze(loaded.input), settings: loaded.settings };
}

/**
 * The briefing the build's analysis step writes. It runs beside this process and writes the file whole
 * (renamed into place) when it is done; if the build that started both has gone, stop waiting. Read a line
 * at a time: at thousands of articles the file is hundreds of megabytes.
 */
async function preparedBriefing(file: string): Promise<Briefing> {
  const parent = process.ppid;
  while (!existsSync(file)) {
    if (process.ppid !== parent) throw new Error('the build that was analysing the articles has stopped');
    await sleep(25);
  }
  return parseBriefingLines(readLines(file));
}

const loaded = preparedFile
  ? { briefing: await preparedBriefing(preparedFile), settings: loadSettings(process.cwd(), inputPathsFromEnv(process.env)) }
  : analyseHere();

/** The analysed briefing. */
export const briefing: Briefing = loaded.briefing;

/** Briefing-wide settings (title, description). */
export const settings: BriefingSettings = loaded.settings;

/** Lookups over the briefing, built once. */
export const index = indexBriefing(briefing);

/** `briefing.json` for the dev server; a build copies the prepared file into the site instead. */
export function briefingJson(): string {
  return serializeBriefing(briefing);
}
