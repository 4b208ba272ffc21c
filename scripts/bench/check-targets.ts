/**
 * The targets of the benchmark (issues "Performance at scale" and "Rebuild only what changed"), checked against measured figures. A target
 * whose size was not measured is left out; each row says the value, the limit and by how much it misses.
 */
import type { LighthouseScores } from './run-lighthouse.ts';
import type { SizeFigures } from './measure-size.ts';
import type { WorstCaseFigures } from './measure-worst-cases.ts';

/** One checked target. */
export interface TargetCheck {
  /** What is promised. */
  target: string;
  /** The measured value, as text with its unit. */
  value: string;
  /** Whether it holds. */
  met: boolean;
  /** How far off, as text ("2.4x the limit"), empty when met. */
  missedBy: string;
}

const KB = 1024;

function row(target: string, value: number, limit: number, unit: string, atMost: boolean, digits = 1): TargetCheck {
  const met = atMost ? value <= limit : value >= limit;
  const factor = atMost ? value / limit : limit / value;
  return {
    target,
    value: `${value.toFixed(digits)}${unit}`,
    met,
    missedBy: met ? '' : `${factor.toFixed(2)}x ${atMost ? 'over' : 'under'} the limit`,
  };
}

/** Checks every target the figures allow. */
export function checkTargets(
  sizes: readonly SizeFigures[],
  lighthouse: readonly LighthouseScores[],
  worst: readonly WorstCaseFigures[] = [],
): TargetCheck[] {
  const at = (n: number) => sizes.find((size) => size.articles === n);
  const largest = sizes.reduce<SizeFigures | undefined>(
    (best, size) => (best === undefined || size.articles > best.articles ? size : best),
    undefined,
  );
  const checks: TargetCheck[] = [];
  for (const size of sizes) {
    // One-off start-up weighs most at small N: 6,000 there, 10,000 from N = 1,000 on.
    const limit = size.articles < 1000 ? 6_000 : 10_000;
    checks.push(
      row(
        `analysis >= ${limit.toLocaleString('en-US')} sentences/s (N=${size.articles})`,
        size.analysis.sentencesPerSecond.median,
        limit,
        ' sentences/s',
        false,
        0,
      ),
    );
  }
  const thousand = at(1000);
  const fiveThousand = at(5000);
  if (thousand && fiveThousand)
    checks.push(
      row(
        'analysis linear: N=5,000 at most 5.5x N=1,000',
        fiveThousand.analysis.ms.median / thousand.analysis.ms.median,
        5.5,
        'x',
        true,
        2,
      ),
    );
  if (thousand) {
    const peer = thousand.peer.cold.ms.median;
    checks.push(
      row('cold build, cards excluded, <= 2.7x peer (N=1,000)', thousand.dossier.coldNoCards.ms.median / peer, 2.7, 'x', true, 2),
    );
    checks.push(
      row(
        'rebuild after one article <= 1.0x peer cold build (N=1,000; moonshot 0.5x)',
        thousand.dossier.warm.ms.median / peer,
        1,
        'x',
        true,
        2,
      ),
    );
    checks.push(
      row(
        'rebuild after one article <= 2x peer rebuild (N=1,000)',
        thousand.dossier.warm.ms.median / thousand.peer.warm.ms.median,
        2,
        'x',
        true,
        2,
      ),
    );
    if (thousand.dossier.unchanged)
      checks.push(
        row(
          'rebuild with nothing changed <= 0.5x peer cold build (N=1,000)',
          thousand.dossier.unchanged.ms.median / peer,
          0.5,
          'x',
          true,
          2,
        ),
      );
    checks.push(row('share cards in parallel <= 20 ms each (N=1,000)', thousand.cardMs.median, 20, ' ms', true));
  }
  if (fiveThousand) {
    checks.push(
      row(
        'rebuild after one article <= 1.5x peer cold build (N=5,000)',
        fiveThousand.dossier.warm.ms.median / fiveThousand.peer.cold.ms.median,
        1.5,
        'x',
        true,
        2,
      ),
    );
    if (fiveThousand.dossier.unchanged)
      checks.push(
        row(
          'rebuild with nothing changed <= 0.5x peer cold build (N=5,000)',
          fiveThousand.dossier.unchanged.ms.median / fiveThousand.peer.cold.ms.median,
          0.5,
          'x',
          true,
          2,
        ),
      );
  }
  if (fiveThousand) {
    const peak = Math.max(fiveThousand.analysis.peakRss.max, ...Object.values(fiveThousand.dossier).map((build) => build.peakRss.max));
    checks.push(row('peak memory < 2 GB (N=5,000)', peak / 1024 ** 3, 2, ' GB', true, 2));
  }
  if (largest) {
    checks.push(row(`no HTML page over 150 KB (N=${largest.articles}, largest page)`, largest.site.largest.bytes / KB, 150, ' KB', true));
    const css = Math.max(...largest.site.kinds.map((kind) => kind.css));
    checks.push(row(`CSS < 20 KB per page (N=${largest.articles}, heaviest page kind)`, css / KB, 20, ' KB', true));
    const scripted = largest.site.kinds.filter((kind) => kind.js > 0 && kind.kind !== 'search').map((kind) => kind.kind);
    checks.push({
      target: 'no JavaScript except on the search page',
      value: scripted.length === 0 ? 'none' : scripted.join(', '),
      met: scripted.length === 0,
      missedBy: scripted.length === 0 ? '' : `${scripted.length} page kinds load scripts`,
    });
  }
  for (const page of lighthouse) {
    for (const category of ['performance', 'accessibility'] as const) {
      const score = page[category];
      checks.push({
        target: `Lighthouse ${category} 100 (${page.page}, seeds)`,
        value: score === null ? 'not measured' : String(score),
        met: score === 100,
        missedBy: score === 100 ? '' : score === null ? 'not measured' : `${100 - score} points`,
      });
    }
  }
  const prose = worst.find((entry) => entry.name === 'prose');
  const yardstick = prose ? Math.max(...prose.sizes.map((size) => size.msPerKilobyte)) : null;
  for (const entry of worst) {
    if (entry.name === 'prose') continue;
    if (yardstick !== null) {
      const worstPerKilobyte = Math.max(...entry.sizes.map((size) => size.msPerKilobyte));
      checks.push(row(`worst case "${entry.name}": at most 5x prose per KB`, worstPerKilobyte / yardstick, 5, 'x', true, 2));
    }
    checks.push(row(`worst case "${entry.name}": growth per doubling at most 2.2`, Math.max(...entry.growth), 2.2, 'x', true, 2));
  }
  return checks;
}
