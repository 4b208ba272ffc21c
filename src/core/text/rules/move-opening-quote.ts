/**
 * An opening quote mark glued to the next sentence (`while”.“I will call`) is cut off by the
 * segmenter and left at the end of the previous sentence; it belongs to the next one.
 */
import { isOpeningStraightQuote } from './quote-parity.ts';

const openingCurly = new Set(['“', '‘', '«']);

/** Moves a trailing opening quote mark, with no space after it, to the start of the next segment. */
export function moveOpeningQuote(segments: readonly string[]): string[] {
  const text = segments.join('');
  const out = [...segments];
  let offset = 0;
  for (let i = 0; i < out.length - 1; i++) {
    const segment = out[i] ?? '';
    offset += segment.length;
    const mark = segment.at(-1) ?? '';
    const opening = openingCurly.has(mark) || (mark === '"' && isOpeningStraightQuote(text, offset - 1));
    if (opening && segment.length > 1 && /^[\p{L}\p{N}]/u.test(out[i + 1] ?? '')) {
      out[i] = segment.slice(0, -1);
      out[i + 1] = mark + (out[i + 1] ?? '');
      offset -= 1;
    }
  }
  return out;
}
