/**
 * The briefing every page and endpoint picks from, loaded once per build at module level.
 *
 * The project's integration (`src/integration/`) analyses the articles in a process of its own, beside Astro's
 * start-up, and hands over the folder it wrote: the pages render exactly the briefing `briefing.json` publishes.
 * In the dev server it analyses again when an article changes and reloads this module. Loaded without the
 * integration, the inputs are read through the same boundary as the scripts and analysed here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseProject } from '../../boundary/analyse-project.ts';
import type { BriefingSettings } from '../../boundary/editorial-schemas.ts';
import { InputErrors } from '../../boundary/input-error.ts';
import { inputPathsFromEnv } from '../../boundary/load-inputs.ts';
import type { Briefing } from '../../core/model.ts';
import { serializeBriefing } from '../../core/serialize-briefing.ts';
import { handedBriefing } from '../../integration/briefing-handoff.ts';
import { readBriefingRecords } from '../../integration/briefing-records.ts';
import { PREPARED } from '../../integration/prepared-files.ts';
import { indexBriefing } from './briefing-index.ts';

function analyseHere(): { briefing: Briefing; settings: BriefingSettings } {
  const analysed = analyseProject(process.cwd(), inputPathsFromEnv(process.env));
  if (!analysed.ok) throw new InputErrors(analysed.errors);
  return analysed;
}

/** What the analysis step wrote, read a record at a time: at thousands of articles the file is hundreds of megabytes. */
function readPrepared(dir: string): { briefing: Briefing; settings: BriefingSettings } {
  return {
    briefing: readBriefingRecords(join(dir, PREPARED.handoff)),
    settings: JSON.parse(readFileSync(join(dir, PREPARED.settings), 'utf8')) as BriefingSettings,
  };
}

const handed = handedBriefing();
const loaded = handed ? readPrepared(await handed) : analyseHere();

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
