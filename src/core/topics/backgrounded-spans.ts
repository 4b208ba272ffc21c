/**
 * Parts of a sentence that only give background: a non-restrictive relative clause between
 * commas (`Merz, who hosted the meeting, said ...`), brackets, and a pair of dashes. A later
 * `this` or `the offer` points to the main clause, not to them.
 */

const patterns: readonly RegExp[] = [/,\s(?:who|whom|whose|which)\b[^,;]*,/gu, /\([^()]*\)/gu, /\s[—–]\s[^—–]*\s[—–]\s/gu];

/** `[start, end)` offsets of the background parts of `text`. */
export function backgroundedSpans(text: string): Array<[number, number]> {
  return patterns.flatMap((pattern) => Array.from(text.matchAll(pattern), (m): [number, number] => [m.index, m.index + m[0].length]));
}

/** True when `[start, end)` lies inside one of the spans. */
export function isInside(span: readonly [number, number], spans: ReadonlyArray<readonly [number, number]>): boolean {
  return spans.some(([start, end]) => span[0] >= start && span[1] <= end);
}
