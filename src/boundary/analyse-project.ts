/**
 * Reads and validates a project's inputs and, when they are sound, analyses them: the one way every command
 * (the build's analysis step, `analyze`, `eval`, the pages without a build) goes from files to a briefing.
 * Bad input never throws: it comes back as the one report an editor reads, every problem at once.
 */
import { analyze } from '../core/analyze.ts';
import type { AnalysisWatch } from '../core/watch.ts';
import type { StageMemo } from '../core/stage-memo.ts';
import { longSentenceNotes } from './long-sentence-notes.ts';
import type { AnalysisInput, Briefing } from '../core/model.ts';
import type { BriefingSettings } from './editorial-schemas.ts';
import { formatInputErrors, type InputError } from './input-error.ts';
import { loadInputs, type InputPaths } from './load-inputs.ts';

/** A project whose inputs were sound, analysed. */
export interface AnalysedProject {
  ok: true;
  /** The analysis. */
  briefing: Briefing;
  /** Briefing-wide settings (title, description). */
  settings: BriefingSettings;
  /** The validated inputs the briefing was made from (articles, topics, register, places). */
  input: AnalysisInput;
  /** What the analysis did that an editor should know, one line each with file and line (long sentences cut). */
  notes: string[];
  /** Milliseconds spent reading and validating the inputs. */
  loadMs: number;
  /** Milliseconds spent in the analysis itself. */
  analyseMs: number;
}

/** A project whose inputs have problems: nothing was analysed. */
export interface RejectedProject {
  ok: false;
  /** Every problem, one a line, with file, line and field (`formatInputErrors`). */
  report: string;
  /** The same problems as values. */
  errors: readonly InputError[];
}

/**
 * Loads the inputs of the project at `root` (folders as in `paths`, relative to it) and analyses them; `memo`
 * holds per-article results of earlier runs (`memo-folder.ts`), which the build uses and the scripts do not.
 */
export function analyseProject(
  root: string,
  paths: Partial<InputPaths> = {},
  watch?: AnalysisWatch,
  memo?: StageMemo,
): AnalysedProject | RejectedProject {
  const started = performance.now();
  const { input, settings, errors } = loadInputs(root, paths);
  if (errors.length > 0) return { ok: false, report: formatInputErrors(errors), errors };
  const loaded = performance.now();
  const briefing = analyze(input, watch, memo);
  const notes = longSentenceNotes(root, input.articles);
  return { ok: true, briefing, settings, input, notes, loadMs: loaded - started, analyseMs: performance.now() - loaded };
}
