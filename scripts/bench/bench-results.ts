/** The shape of `bench/results.json`: what a benchmark run measured, read back by `format-results.ts`. */
import type { TargetCheck } from './check-targets.ts';
import type { SizeFigures } from './measure-size.ts';
import type { WorstCaseFigures } from './measure-worst-cases.ts';
import type { ProfileEntry } from './profile-top.ts';
import type { LighthouseScores } from './run-lighthouse.ts';

/** Everything `results.json` holds. */
export interface BenchResults {
  /** Where and when it ran. */
  machine: { cores: number; cpu: string; memoryBytes: number; node: string; date: string };
  /** Corpus seed. */
  seed: number;
  /** Runs per size, in the order of `sizes`. */
  runs: number[];
  /** Figures per size. */
  sizes: SizeFigures[];
  /** Lighthouse scores of the seeds' site (empty with `--no-lighthouse`). */
  lighthouse: LighthouseScores[];
  /** CPU profile of one analysis run, or null. */
  profile: { articles: number; functions: ProfileEntry[]; files: ProfileEntry[] } | null;
  /** Articles that are not prose, analysed alone at 1x, 2x, 4x and 1 MB (empty with `--no-worst-cases`). */
  worstCases: WorstCaseFigures[];
  /** Targets checked against the figures. */
  targets: TargetCheck[];
}
