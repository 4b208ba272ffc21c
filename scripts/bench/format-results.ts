/**
 * `bench/RESULTS.md`: the benchmark's figures as Markdown tables, medians with min and max, every build
 * time beside the plain Astro peer's and as a ratio to it, then the targets and the closing note.
 */
import type { BenchResults } from './bench-results.ts';
import type { BuildFigures, SizeFigures } from './measure-size.ts';
import type { PageCounts } from './rendered-pages.ts';
import type { Spread } from './summarise-runs.ts';

const MB = 1024 * 1024;
const KB = 1024;

const number = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** `12.3 (11.9–13.0)` in the spread's unit after `scale`. */
function spread(value: Spread, scale = 1, digits = 1): string {
  const show = (figure: number) => number(figure / scale, digits);
  return value.runs.length > 1 ? `${show(value.median)} (${show(value.min)}–${show(value.max)})` : show(value.median);
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((cells) => `| ${cells.join(' | ')} |`)].join(
    '\n',
  );
}

function buildRow(size: SizeFigures, name: string, build: BuildFigures, peer: number): string[] {
  const cards = build.cardsRendered ? number(build.cardsRendered[0] ?? 0) : '–';
  return [
    number(size.articles),
    name,
    spread(build.ms, 1000),
    `${number(build.ms.median / peer, 2)}x`,
    spread(build.peakRss, MB, 0),
    cards,
  ];
}

/** Which pages each rebuild rendered and which it copied, by page kind, in the first run (empty when not measured). */
function renderedSection(results: BenchResults): string[] {
  const measured = results.sizes.filter((size) => size.dossier.warm.pages?.[0] && size.dossier.unchanged?.pages?.[0]);
  if (measured.length === 0) return [];
  const cell = (counts: PageCounts | undefined, kind: string) => {
    const [rendered, copied] = counts?.kinds[kind] ?? [0, 0];
    return rendered + copied === 0 ? '–' : `${number(rendered)} of ${number(rendered + copied)}`;
  };
  return [
    '## Pages each rebuild rendered',
    '',
    "HTML pages rendered, of all pages of the kind, in the first run (the rest copied from the previous build by Astro's incremental build). A page is rendered when its key (a hash of what it shows) or its code changed; home, about, search and not found have no key and are rendered by every build that renders. A build that finds nothing changed (no input, code or setting, and the site in place untouched) stops before Astro starts and renders nothing.",
    '',
    ...measured.flatMap((size) => {
      const warm = size.dossier.warm.pages?.[0];
      const unchanged = size.dossier.unchanged?.pages?.[0];
      const kinds = [...new Set([...Object.keys(warm?.kinds ?? {}), ...Object.keys(unchanged?.kinds ?? {})])].sort();
      return [
        `At N = ${number(size.articles)}: rebuild +1 rendered ${number(warm?.rendered ?? 0)} of ${number((warm?.rendered ?? 0) + (warm?.copied ?? 0))} pages, the rebuild with nothing changed ${number(unchanged?.rendered ?? 0)}.`,
        '',
        table(
          ['kind', 'rebuild +1', 'nothing changed'],
          kinds.map((kind) => [`\`${kind}\``, cell(warm, kind), cell(unchanged, kind)]),
        ),
        '',
      ];
    }),
  ];
}

/** Articles that are not prose: time per kilobyte and growth per doubling (empty when not measured). */
function worstCaseSection(results: BenchResults): string[] {
  const worst = results.worstCases ?? [];
  if (worst.length === 0) return [];
  return [
    '## Worst cases: articles that are not prose',
    '',
    'Each article analysed alone (median of 3 after a warm-up) at 1x, 2x and 4x its reported size, and at 1 MB (one run). Targets: at most 5x the per-kilobyte time of prose, at most 2.2x the time per doubling.',
    '',
    table(
      ['case', '1x KB', 'ms/KB at 1x, 2x, 4x', 'growth per doubling', '1 MB: ms/KB'],
      worst.map((entry) => [
        entry.name,
        number(entry.sizes[0]!.kilobytes, 0),
        entry.sizes
          .slice(0, 3)
          .map((size) => number(size.msPerKilobyte, 2))
          .join(', '),
        entry.growth.map((factor) => number(factor, 2)).join(', '),
        number(entry.sizes[3]!.msPerKilobyte, 2),
      ]),
    ),
    '',
  ];
}

/** The whole RESULTS.md. */
export function formatResults(results: BenchResults, notes: string | null): string {
  const { machine, sizes } = results;
  const out: string[] = [
    '# Benchmark results',
    '',
    `Run ${machine.date} on ${machine.cores} cores (${machine.cpu}), ${number(machine.memoryBytes / 1024 ** 3, 1)} GB memory, Node ${machine.node}; ` +
      `corpus seed ${results.seed}, ${results.runs.join('/')} runs per size (N = ${sizes.map((size) => number(size.articles)).join(', ')}). ` +
      'Figures are medians with (min–max) over the runs. Regenerate with `npm run bench`.',
    '',
    '## Analysis alone (`npm run analyze`)',
    '',
    table(
      ['N', 'sentences', 'analysis (ms)', 'sentences/s', 'peak memory (MB)'],
      sizes.map((size) => [
        number(size.articles),
        number(size.sentences),
        spread(size.analysis.ms, 1, 0),
        spread(size.analysis.sentencesPerSecond, 1, 0),
        spread(size.analysis.peakRss, MB, 0),
      ]),
    ),
    '',
    '## Builds, beside the plain Astro peer',
    '',
    'Ratios are to the peer\'s cold build of the same N. "Cold, cards cached" clears Astro\'s caches but keeps the share-card cache, so card drawing is excluded; "rebuild +1" adds one article to a warm build; "nothing changed" builds again right after it. Cards = share cards drawn (not from cache) in the first run.',
    '',
    table(
      ['N', 'build', 'time (s)', 'ratio to peer', 'peak memory (MB)', 'cards drawn'],
      sizes.flatMap((size) => {
        const peer = size.peer.cold.ms.median;
        return [
          buildRow(size, 'peer: plain Astro, cold', size.peer.cold, peer),
          buildRow(size, 'peer: rebuild +1', size.peer.warm, peer),
          buildRow(size, 'Dossier: cold, cards drawn', size.dossier.coldFull, peer),
          buildRow(size, 'Dossier: cold, cards cached', size.dossier.coldNoCards, peer),
          [
            ...buildRow(size, 'Dossier: rebuild +1', size.dossier.warm, peer).slice(0, 3),
            `${number(size.dossier.warm.ms.median / peer, 2)}x (${number(size.dossier.warm.ms.median / size.peer.warm.ms.median, 2)}x peer rebuild)`,
            ...buildRow(size, '', size.dossier.warm, peer).slice(4),
          ],
          ...(size.dossier.unchanged ? [buildRow(size, 'Dossier: rebuild, nothing changed', size.dossier.unchanged, peer)] : []),
        ];
      }),
    ),
    '',
    ...renderedSection(results),
    ...worstCaseSection(results),
    '## Share cards',
    '',
    `Wall-clock time of the cold build's drawing batch (worker threads on every core), divided by the cards drawn.`,
    '',
    table(
      ['N', 'cards drawn (cold)', 'wall-clock ms per card, in parallel'],
      sizes.map((size) => [number(size.articles), number(size.dossier.coldFull.cardsRendered?.[0] ?? 0), spread(size.cardMs, 1, 1)]),
    ),
    '',
    '## Site weight',
    '',
    table(
      ['N', 'dist/ (MB)', 'files', 'HTML pages', 'HTML (MB)', 'cards (MB)', 'largest page', 'pages over 150 KB'],
      sizes.map((size) => [
        number(size.articles),
        number(size.site.totalBytes / MB, 1),
        number(size.site.files),
        number(size.site.pages),
        number(size.site.htmlBytes / MB, 1),
        number(size.site.pngBytes / MB, 1),
        `${size.site.largest.page} (${number(size.site.largest.bytes / KB, 0)} KB)`,
        number(size.site.overLimit.length),
      ]),
    ),
    '',
  ];
  for (const size of sizes) {
    out.push(
      `### Page kinds at N = ${number(size.articles)}`,
      '',
      table(
        ['kind', 'pages', 'largest HTML (KB)', 'CSS per page (KB)', 'JS per page (KB)', 'scripts'],
        size.site.kinds.map((kind) => [
          `\`${kind.kind}\``,
          number(kind.pages),
          number(kind.largestHtml / KB, 1),
          number(kind.css / KB, 1),
          number(kind.js / KB, 1),
          kind.scripts.map((script) => `\`${script}\``).join(', ') || '–',
        ]),
      ),
      '',
    );
    if (size.site.overLimit.length > 0) {
      const shown = size.site.overLimit.slice(0, 12).map((page) => `\`${page.page}\` (${number(page.bytes / KB, 0)} KB)`);
      out.push(
        `Pages over 150 KB: ${shown.join(', ')}${size.site.overLimit.length > shown.length ? `, and ${size.site.overLimit.length - shown.length} more` : ''}.`,
        '',
      );
    }
  }
  out.push('## Lighthouse (site built from the seed articles)', '');
  out.push(
    results.lighthouse.length === 0
      ? 'Not run (`--no-lighthouse`).'
      : table(
          ['page', 'performance', 'accessibility', 'failing audits'],
          results.lighthouse.map((page) => [
            `\`${page.page}\``,
            String(page.performance ?? '–'),
            String(page.accessibility ?? '–'),
            page.failing.join(', ') || '–',
          ]),
        ),
    '',
  );
  if (results.profile) {
    out.push(`## Where analysis time goes (CPU profile, N = ${number(results.profile.articles)})`, '', 'Self time by function:', '');
    out.push(
      table(
        ['ms', '%', 'function'],
        results.profile.functions.map((entry) => [number(entry.ms), number(entry.percent, 1), `\`${entry.name}\``]),
      ),
      '',
    );
    out.push('Inclusive time by project file:', '');
    out.push(
      table(
        ['ms', '%', 'file'],
        results.profile.files.map((entry) => [number(entry.ms), number(entry.percent, 1), `\`${entry.name}\``]),
      ),
      '',
    );
  }
  out.push('## Targets', '');
  out.push(
    table(
      ['target', 'measured', 'met', 'missed by'],
      results.targets.map((check) => [check.target, check.value, check.met ? 'yes' : '**no**', check.missedBy || '–']),
    ),
    '',
  );
  if (notes) out.push('## Closing note', '', notes.trim(), '');
  return `${out.join('\n')}\n`;
}
