/**
 * The figures a claim can compare, per sentence: what each counts (the counted noun of its `about`,
 * folded by `words/counted-nouns.ts`), the range its value stands for, and whether the sentence gives
 * it as an old value ("from 28", "the original 28-point plan") or a new one ("narrowed to 19",
 * "now 22"). Figures too vague or too small to tell two facts apart ("thousands", "two") are left out,
 * and so are clock times.
 */
import type { Figure } from '../model.ts';
import { figureRange, type Range } from '../figures/figure-range.ts';
import { stemWord } from './stem-word.ts';
import { countedNouns } from './words/counted-nouns.ts';

/** A comparable figure of a sentence. */
export interface FigureReading {
  /** The value as written (`28-point`). */
  value: string;
  /** What it counts, folded (`point` for points, proposals and provisions). */
  head: string;
  /** The values it stands for. */
  range: Range;
  /** -1 for a value given as the old one, 1 for the new one, 0 otherwise. */
  age: -1 | 0 | 1;
}

const heads = new Map(Object.entries(countedNouns).map(([word, head]) => [stemWord(word), head]));
const oldBefore = /\b(?:from|initial|original|previous|earlier|old)\s+(?:\S+\s+)?$/i;
const newBefore = /\b(?:to|now|down to|up to)\s+$/i;

/** The counted noun of an `about` ("toll" in "the death toll", "points" in "points in the plan"), folded. */
export function headOf(about: string): string {
  const word =
    about
      .split(/ (?:of|in|on|for) /)[0]!
      .split(' ')
      .at(-1) ?? '';
  const stem = stemWord(word.toLowerCase());
  return heads.get(stem) ?? stem;
}

/** True when a range is narrow enough to tell one fact from another: not "thousands", not "one" or "two". */
function telling(range: Range, kind: string): boolean {
  if (range[1] > range[0] * 1.5 + 1e-9) return false;
  return kind === 'share' || range[1] >= 3;
}

/** The comparable figures of each sentence, by sentence id. */
export function readFigures(figures: readonly Figure[], textOf: (sentence: string) => string): Map<string, FigureReading[]> {
  const bySentence = new Map<string, FigureReading[]>();
  for (const figure of figures) {
    if (figure.kind === 'time') continue;
    const range = figureRange(figure.value);
    if (range === null || !telling(range, figure.kind)) continue;
    const text = textOf(figure.sentence);
    const at = text.indexOf(figure.value);
    const before = at >= 0 ? text.slice(0, at) : '';
    const age = oldBefore.test(before) ? -1 : newBefore.test(before) ? 1 : 0;
    const list = bySentence.get(figure.sentence) ?? [];
    list.push({ value: figure.value, head: headOf(figure.about), range, age });
    bySentence.set(figure.sentence, list);
  }
  return bySentence;
}
