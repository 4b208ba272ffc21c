/**
 * A closing quote mark separated from its sentence (`... end. ” He said`) is cut off by the
 * segmenter and opens the next segment on its own; it belongs to the previous sentence.
 */
import { isOpeningStraightQuote } from './quote-parity.ts';

const lonelyClosing = /^([”’»"]+)(?=\s|$)/u;

/** Moves closing quote marks that stand alone at the start of a segment to the previous segment. */
export function attachClosingQuote(segments: readonly string[]): string[] {
  if (!segments.some((segment, i) => i > 0 && lonelyClosing.test(segment))) return [...segments];
  const text = segments.join('');
  const out = [...segments];
  let offset = out[0]?.length ?? 0;
  for (let i = 1; i < out.length; i++) {
    const segment = out[i] ?? '';
    const marks = lonelyClosing.exec(segment)?.[1];
    const straightOpens = marks?.startsWith('"') === true && isOpeningStraightQuote(text, offset);
    if (marks && !straightOpens) {
      out[i - 1] = `${out[i - 1] ?? ''}${marks}`;
      out[i] = segment.slice(marks.length);
    }
    offset += segment.length;
  }
  return out.filter((segment) => segment.length > 0);
}
