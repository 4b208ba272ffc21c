/**
 * Share-card benchmark: milliseconds per card when every card is drawn (an empty cache folder, all cards
 * in one parallel batch, wall clock divided by the number of cards) and when every card comes from the
 * cache. Medians over several runs; prints a table, then the same figures as JSON.
 *
 * Usage: npm exec -- node scripts/bench/bench-og.ts [--cards 48] [--runs 5] [--threads N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCommandLine } from '../../src/cli/parse-command-line.ts';
import type { CardContent } from '../../src/og/card-content.ts';
import { ensureCards, type CardToEnsure } from '../../src/og/ensure-cards.ts';

const USAGE = `Usage: npm exec -- node scripts/bench/bench-og.ts [--cards 48] [--runs 5] [--threads N]

Share-card benchmark: milliseconds per card drawn afresh and taken from the cache, medians over several runs.

Options:
  --cards N    cards per run (default: 48)
  --runs N     runs (default: 5)
  --threads N  drawing threads (default: one per core)
  -h, --help   show this help`;

const { values } = parseCommandLine(USAGE, {
  options: {
    cards: { type: 'string', default: '48' },
    runs: { type: 'string', default: '5' },
    threads: { type: 'string', default: String(availableParallelism()) },
  },
});
const count = Number(values.cards);
const runs = Number(values.runs);
const threads = Number(values.threads);
const root = resolve(import.meta.dirname, '..');

/** Cards of every kind with wire-style text; `index` makes each one distinct. */
function benchCard(index: number): CardToEnsure {
  const base = { brand: 'Ukraine peace talks', asOf: 'as of 27 November 2025' };
  const stats = [
    { value: String(index), label: 'sources' },
    { value: '3', label: 'independent sources' },
    { value: 'Thu 27 Nov 2025', label: 'newest report' },
  ];
  const topic = { id: 'territory', colour: 'rust' as const, title: 'Territory' };
  const lead = {
    text: `Umerov said on Thursday that talks on the 28-point plan in Abu Dhabi were constructive (${index}).`,
    outlet: 'The Kyiv Independent',
    date: 'Thu 27 Nov 2025',
    topic,
  };
  const kinds: CardContent[] = [
    {
      ...base,
      kind: 'topic',
      topic: 'territory',
      colour: 'rust',
      title: `Territory ${index}`,
      question: 'Which land would Ukraine give up or keep, and who insists on what?',
      stats,
      lead,
    },
    {
      ...base,
      kind: 'participant',
      colour: 'purple',
      name: `Rustem Umerov ${index}`,
      kindLabel: 'Person',
      role: 'Secretary of the National Security and Defense Council of Ukraine',
      stats,
      lead,
      leadKind: 'statement',
    },
    {
      ...base,
      kind: 'source',
      outlet: 'The Kyiv Independent',
      headline: `Umerov and Driscoll meet in Abu Dhabi as talks on the 28-point plan go on (${index})`,
      date: 'Thu 27 Nov 2025',
      wire: 'Reuters',
      lead: lead.text,
      topic,
    },
    {
      ...base,
      kind: 'section',
      eyebrow: 'Section',
      title: `Sources ${index}`,
      text: 'Every article the briefing rests on, newest first, with an anchor on every sentence.',
      stats,
    },
  ];
  return { image: `og/bench/${index}.png`, content: kinds[index % kinds.length] as CardContent };
}

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function timed(cards: CardToEnsure[], cacheDir: string, expectRendered: number): Promise<number> {
  const started = performance.now();
  const result = await ensureCards(cards, { root, cacheDir, threads, stream: null });
  const elapsed = performance.now() - started;
  if (result.rendered !== expectRendered) throw new Error(`expected ${expectRendered} cards drawn, got ${result.rendered}`);
  return elapsed / cards.length;
}

const cards = Array.from({ length: count }, (_, index) => benchCard(index));
const cold: number[] = [];
const cached: number[] = [];
for (let run = 0; run < runs; run += 1) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'dossier-bench-og-'));
  try {
    cold.push(await timed(cards, cacheDir, count));
    cached.push(await timed(cards, cacheDir, 0));
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

const round = (value: number) => Math.round(value * 100) / 100;
const result = {
  cards: count,
  runs,
  threads,
  coldMsPerCard: round(median(cold)),
  cachedMsPerCard: round(median(cached)),
  coldRuns: cold.map(round),
  cachedRuns: cached.map(round),
};
process.stdout.write(
  [
    `share cards: ${count} cards, ${threads} threads, median of ${runs} runs`,
    '',
    '| case   | ms per card | runs (ms per card) |',
    '|--------|-------------|--------------------|',
    `| cold   | ${String(result.coldMsPerCard).padStart(11)} | ${result.coldRuns.join(', ')} |`,
    `| cached | ${String(result.cachedMsPerCard).padStart(11)} | ${result.cachedRuns.join(', ')} |`,
    '',
    JSON.stringify(result),
    '',
  ].join('\n'),
);
