/**
 * The largest type size at which a text fits a box, estimated without a font engine so the template stays a
 * pure function of the content: words are wrapped greedily with per-character widths of Noto Sans (measured
 * em widths, rounded up a little), so the estimate errs towards more lines, never fewer.
 */

/** Widths in em of Noto Sans characters by class; anything else counts as a lowercase letter. */
const WIDTHS: readonly [RegExp, number][] = [
  [/[\s]/, 0.27],
  [/[.,;:!'’‘|ijlI]/, 0.3],
  [/[()[\]\-frt"“”]/, 0.4],
  [/[mwMW@%]/, 0.9],
  [/[A-Z]/, 0.68],
  [/[0-9]/, 0.58],
  [/[\u0590-\u06FF]/, 0.55],
  [/[\u1100-\u11FF\u3000-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/, 1],
];
const DEFAULT_WIDTH = 0.57;

/** Estimated width of `text` in em. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const character of text) width += WIDTHS.find(([pattern]) => pattern.test(character))?.[1] ?? DEFAULT_WIDTH;
  return width;
}

/** Lines `text` wraps to at `size` px in `width` px, words kept whole unless longer than a line. */
export function linesAt(text: string, size: number, width: number): number {
  const space = textWidthEm(' ') * size;
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const wordWidth = textWidthEm(word) * size;
    if (used > 0 && used + space + wordWidth > width) {
      lines += 1;
      used = 0;
    }
    if (used === 0 && wordWidth > width) {
      lines += Math.ceil(wordWidth / width) - 1;
      used = wordWidth % width;
    } else used += (used > 0 ? space : 0) + wordWidth;
  }
  return lines;
}

/** A type size and the lines it takes. */
export interface Fit {
  size: number;
  lines: number;
}

/**
 * The largest of `sizes` (largest first) at which `text` fits `width` × `height` with `lineHeight`; at the smallest
 * size, as many lines as fit (the text is then clamped with an ellipsis, which a chosen lead should never need).
 */
export function fitText(text: string, sizes: readonly number[], width: number, height: number, lineHeight: number): Fit {
  for (const size of sizes) {
    const lines = linesAt(text, size, width);
    if (lines * size * lineHeight <= height) return { size, lines };
  }
  const smallest = sizes.at(-1) ?? 32;
  return { size: smallest, lines: Math.max(1, Math.floor(height / (smallest * lineHeight))) };
}
