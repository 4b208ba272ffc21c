/**
 * What a figure rule sees and returns. Rules run in order; a later mention that overlaps an
 * earlier one is dropped. A mention with `kind: null` claims its words without being a figure
 * (dates, years, model names like F-16), so that no later rule reads them as one.
 */
import type { Token } from '../reading/tokenize.ts';

/** One sentence as every figure rule sees it. */
export interface FigureContext {
  /** The sentence text. */
  text: string;
  /** Its tokens. */
  tokens: readonly Token[];
}

/** A number found in a sentence, or words claimed so that they are not one. */
export interface FigureMention {
  /** Start offset. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** The figure as written, or '' for claimed non-figures. */
  value: string;
  /** What it counts. */
  about: string;
  /** Kind of quantity, or null for words that are not a figure. */
  kind: string | null;
}

/** A named figure rule. */
export interface FigureRule {
  /** Rule name (kebab-case, as in the file name). */
  name: string;
  /** Finds the rule's mentions in one sentence. */
  find: (context: FigureContext) => FigureMention[];
}

/** A claimed stretch that is not a figure. */
export function notAFigure(start: number, end: number): FigureMention {
  return { start, end, value: '', about: '', kind: null };
}
