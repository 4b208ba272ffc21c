/**
 * How many HTML pages Astro rendered in this build, as against copied from the previous one (its incremental
 * build, see `src/site/page-keys/`): the middleware counts each page it sees rendered, the build's report reads
 * the count. Like the briefing hand-over, the count lives on `globalThis`: the middleware is bundled by Vite and
 * shares no module instance with the integration.
 */
const KEY = Symbol.for('dossier.rendered-pages');

type Holder = { [KEY]?: number };

/** Counts one rendered HTML page. */
export function noteRenderedPage(): void {
  (globalThis as Holder)[KEY] = ((globalThis as Holder)[KEY] ?? 0) + 1;
}

/** HTML pages rendered so far in this process. */
export function renderedPageCount(): number {
  return (globalThis as Holder)[KEY] ?? 0;
}
