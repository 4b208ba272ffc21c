/**
 * Progress of a card batch. On a terminal, one line rewritten in place (`cards 40/120 · 85/s`), at
 * most ten times a second; everywhere, one closing line: `share cards: 38 rendered in 0.6 s, 82 from cache`
 * (the wall-clock time of the drawing, which the benchmark divides by the cards drawn).
 */

/** Where progress goes: a terminal or a log (only `write` and `isTTY` are used). */
export interface ProgressStream {
  /** True on a terminal. */
  isTTY?: boolean;
  /** Writes text. */
  write(text: string): unknown;
}

/** Counts cards as they are drawn. */
export interface Progress {
  /** One more card drawn. */
  tick(): void;
  /** Clears the live line and writes the closing line. */
  finish(rendered: number, cached: number): void;
}

/** A progress reporter for `total` cards to draw, or a silent one when `stream` is null. */
export function progressLine(total: number, stream: ProgressStream | null, now: () => number = () => performance.now()): Progress {
  const started = now();
  const live = stream?.isTTY === true && total > 0;
  let done = 0;
  let shown = -Infinity;
  const show = () => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    stream?.write(`\r\x1b[Kcards ${done}/${total} · ${rate}/s`);
    shown = now();
  };
  return {
    tick() {
      done += 1;
      if (live && (now() - shown >= 100 || done === total)) show();
    },
    finish(rendered, cached) {
      if (live) stream?.write('\r\x1b[K');
      const took = rendered > 0 ? ` in ${((now() - started) / 1000).toFixed(1)} s` : '';
      stream?.write(`share cards: ${rendered} rendered${took}, ${cached} from cache\n`);
    },
  };
}
