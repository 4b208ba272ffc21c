/**
 * The briefing, computed once per build at module level; every page and endpoint picks from it.
 * Reads inputs through the same boundary as the scripts, so `dist/briefing.json` equals `npm run analyze`.
 */
import { inputPathsFromEnv, loadInputs } from '../boundary/load-inputs.ts';
import { InputErrors } from '../boundary/input-error.ts';
import { analyze } from '../core/analyze.ts';
import { indexBriefing } from './briefing-index.ts';

const loaded = loadInputs(process.cwd(), inputPathsFromEnv(process.env));
if (loaded.errors.length > 0) throw new InputErrors(loaded.errors);

/** The analysed briefing. */
export const briefing = analyze(loaded.input);

/** Briefing-wide settings (title, description). */
export const settings = loaded.settings;

/** Lookups over the briefing, built once. */
export const index = indexBriefing(briefing);
