/**
 * A small run of the benchmark (N = 20, one run, no Lighthouse), so `npm run bench` cannot rot: every figure
 * the results promise must be there and plausible.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchResults } from '../../scripts/bench/bench-results.ts';
import { runBenchmark } from '../../scripts/bench/run.ts';

const scratch = mkdtempSync(join(tmpdir(), 'dossier-bench-test-'));
let results: BenchResults;

beforeAll(async () => {
  await runBenchmark({
    sizes: [20],
    runs: [1],
    lighthouse: false,
    profile: false,
    worstCases: false,
    work: join(scratch, 'work'),
    out: join(scratch, 'out'),
    seed: 1,
    log: () => undefined,
  });
  results = JSON.parse(readFileSync(join(scratch, 'out', 'results.json'), 'utf8')) as BenchResults;
}, 180_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const positive = (value: number) => expect(value).toBeGreaterThan(0);

describe('npm run bench at N = 20', () => {
  it('writes results.json and RESULTS.md', () => {
    expect(existsSync(join(scratch, 'out', 'RESULTS.md'))).toBe(true);
    expect(results.sizes).toHaveLength(1);
    expect(results.machine.cores).toBeGreaterThan(0);
  });

  it('measures the analysis alone', () => {
    const [size] = results.sizes;
    expect(size?.articles).toBe(20);
    positive(size?.sentences ?? 0);
    positive(size?.analysis.ms.median ?? 0);
    positive(size?.analysis.sentencesPerSecond.median ?? 0);
    positive(size?.analysis.peakRss.median ?? 0);
  });

  it.each(['cold', 'warm'] as const)('measures the peer %s build', (kind) => {
    const build = results.sizes[0]?.peer[kind];
    positive(build?.ms.median ?? 0);
    positive(build?.peakRss.median ?? 0);
  });

  it.each(['coldFull', 'coldNoCards', 'warm', 'unchanged'] as const)('measures the Dossier %s build', (kind) => {
    const build = results.sizes[0]?.dossier[kind];
    positive(build?.ms.median ?? 0);
    positive(build?.peakRss.median ?? 0);
    expect(build?.cardsRendered).toHaveLength(1);
  });

  it('draws every card cold, none with a warm cache, and only a few after adding one article', () => {
    const dossier = results.sizes[0]?.dossier;
    const cold = dossier?.coldFull.cardsRendered?.[0] ?? 0;
    expect(cold).toBeGreaterThan(20);
    expect(dossier?.coldNoCards.cardsRendered?.[0]).toBe(0);
    expect(dossier?.warm.cardsRendered?.[0]).toBeGreaterThan(0);
    expect(dossier?.warm.cardsRendered?.[0]).toBeLessThan(cold);
    positive(results.sizes[0]?.cardMs.median ?? 0);
  });

  it('counts the pages each build rendered and copied: all cold, some after one article, none when nothing changed', () => {
    const dossier = results.sizes[0]?.dossier;
    const cold = dossier?.coldNoCards.pages?.[0];
    const warm = dossier?.warm.pages?.[0];
    expect(cold?.copied).toBe(0);
    expect(warm?.rendered).toBeGreaterThan(4);
    expect(warm?.copied).toBeGreaterThan(0);
    expect(warm?.kinds['home']).toEqual([1, 0]);
    expect(dossier?.unchanged?.pages?.[0]).toEqual({ rendered: 0, copied: 0, kinds: {} });
  });

  it('weighs the site: size, largest page, CSS and JavaScript per page kind', () => {
    const site = results.sizes[0]?.site;
    positive(site?.totalBytes ?? 0);
    expect(site?.pages).toBeGreaterThan(20);
    positive(site?.largest.bytes ?? 0);
    const kinds = new Map(site?.kinds.map((kind) => [kind.kind, kind]));
    expect(kinds.get('sources/*')?.pages).toBe(20);
    positive(kinds.get('home')?.css ?? 0);
  });

  it('checks the targets it can', () => {
    const names = results.targets.map((check) => check.target);
    expect(names.some((name) => name.startsWith('analysis >= 6,000'))).toBe(true);
    expect(names.some((name) => name.startsWith('no HTML page over 150 KB'))).toBe(true);
    for (const check of results.targets) expect(check.met || check.missedBy.length > 0).toBe(true);
  });
});
