/**
 * Shared helpers of the sentence repair rules. Segments are raw slices of one paragraph:
 * their concatenation is the paragraph text, so merging is concatenation and nothing is lost.
 */

/** Joins each segment to the one before it when `shouldMerge(previous, next)` holds. */
export function mergeWhere(segments: readonly string[], shouldMerge: (previous: string, next: string) => boolean): string[] {
  const out: string[] = [];
  for (const segment of segments) {
    const last = out.length - 1;
    const previous = out[last];
    if (previous !== undefined && shouldMerge(previous, segment)) out[last] = previous + segment;
    else out.push(segment);
  }
  return out;
}

/** Splits every segment at the offsets `findCuts(segment)` returns (ascending, inside the segment). */
export function splitWhere(segments: readonly string[], findCuts: (segment: string) => number[]): string[] {
  const out: string[] = [];
  for (const segment of segments) {
    let from = 0;
    for (const cut of findCuts(segment)) {
      if (cut <= from || cut >= segment.length) continue;
      out.push(segment.slice(from, cut));
      from = cut;
    }
    out.push(segment.slice(from));
  }
  return out;
}

/** The last whitespace-separated word of a segment, without leading brackets or quotes. */
export function lastWord(segment: string): string {
  const words = segment.trimEnd().split(/\s+/);
  return (words[words.length - 1] ?? '').replace(/^[([{“‘"']+/u, '');
}

/** The first word of a segment, without leading quotes or brackets. */
export function firstWord(segment: string): string {
  const match = /^[\s“‘"'([{]*([^\s]*)/u.exec(segment);
  return match?.[1] ?? '';
}
