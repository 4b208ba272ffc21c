/**
 * The worst-case section of the benchmark: each case of `worst-cases.ts` analysed alone at 1x, 2x and 4x its size
 * (median of `runs` after one warm-up), as time per kilobyte and the growth factor per doubling, and a 1 MB article
 * of each kind. Targets: at most 5 times the per-kilobyte time of prose, at most 2.2 times the time per doubling.
 */
import { analyze } from '../../src/core/analyze.ts';
import type { AnalysisInput } from '../../src/core/model.ts';
import { sizedBody, worstCases, type WorstCase } from './worst-cases.ts';

/** One case at one size. */
export interface WorstCaseSize {
  /** Size factor (1, 2, 4) or 0 for the 1 MB article. */
  scale: number;
  /** Body size in kilobytes. */
  kilobytes: number;
  /** Median analysis time in milliseconds. */
  ms: number;
  /** ms / kilobytes. */
  msPerKilobyte: number;
}

/** One case measured. */
export interface WorstCaseFigures {
  /** Case name. */
  name: string;
  /** At 1x, 2x, 4x and 1 MB. */
  sizes: WorstCaseSize[];
  /** Time at 2x / 1x and at 4x / 2x. */
  growth: number[];
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function time(input: AnalysisInput, body: string, runs: number): number {
  const withBody: AnalysisInput = {
    ...input,
    articles: [
      {
        slug: 'case',
        file: 'articles/case.md',
        title: 'Case',
        outlet: 'Bench',
        published: '2025-11-24',
        url: null,
        dateline: null,
        wire: null,
        body,
      },
    ],
  };
  analyze(withBody);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    analyze(withBody);
    times.push(performance.now() - started);
  }
  return median(times);
}

function size(input: AnalysisInput, scale: number, body: string, runs: number): WorstCaseSize {
  const kilobytes = Buffer.byteLength(body) / 1024;
  const ms = time(input, body, runs);
  return { scale, kilobytes, ms, msPerKilobyte: ms / kilobytes };
}

/** Measures every case; `input` supplies the topics and the registry. */
export function measureWorstCases(
  input: AnalysisInput,
  runs = 3,
  log: (line: string) => void = () => {},
  cases: readonly WorstCase[] = worstCases,
): WorstCaseFigures[] {
  return cases.map((worstCase) => {
    log(`worst case: ${worstCase.name}`);
    const sizes = [1, 2, 4].map((scale) => size(input, scale, worstCase.make(scale), runs));
    sizes.push(size(input, 0, sizedBody(worstCase, 1024 * 1024 - 1024), 1));
    return { name: worstCase.name, sizes, growth: [sizes[1]!.ms / sizes[0]!.ms, sizes[2]!.ms / sizes[1]!.ms] };
  });
}
