/**
 * Rule: a "sentence" longer than `maxSentenceWords` is not prose (a transcript without full stops, a table pasted as
 * text, a list of names): it is cut into pieces of at most that many words, each at the last clause punctuation (a
 * semicolon, colon, comma or dash) before the limit, or at the limit when there is none. Every word stays, in order;
 * the pieces are analysed as sentences and shown together on the source page. The build report names such
 * sentences (see `findLongSentences`).
 */

/** The most words the analysis reads as one sentence. */
export const maxSentenceWords = 400;

const wordPattern = /\S+/g;

/** Start offsets of the words of a segment. */
function wordStarts(segment: string): number[] {
  const starts: number[] = [];
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(segment); match !== null; match = wordPattern.exec(segment)) starts.push(match.index);
  return starts;
}

/** Cuts one over-long segment; its pieces concatenate back to it. */
function cut(segment: string): string[] {
  const starts = wordStarts(segment);
  const pieces: string[] = [];
  let from = 0; // word index where the current piece starts
  let offset = 0; // text offset where it starts
  while (starts.length - from > maxSentenceWords) {
    let end = from + maxSentenceWords; // the word that would start the next piece
    // Prefer to end the piece after a word that carries clause punctuation, in the last half of the piece.
    for (let k = from + maxSentenceWords - 1; k > from + maxSentenceWords / 2; k -= 1) {
      const word = segment.slice(starts[k]!, starts[k + 1]);
      if (/[;:,—–]\s*$/.test(word)) {
        end = k + 1;
        break;
      }
    }
    const next = starts[end]!;
    pieces.push(segment.slice(offset, next));
    offset = next;
    from = end;
  }
  pieces.push(segment.slice(offset));
  return pieces;
}

/** Counts words up to the limit and past it only as far as needed. */
function isLong(segment: string): boolean {
  // Words are apart, so a text of n characters has at most (n + 1) / 2 of them: most sentences need no count.
  if (segment.length <= 2 * maxSentenceWords) return false;
  let count = 0;
  wordPattern.lastIndex = 0;
  while (wordPattern.exec(segment) !== null) if (++count > maxSentenceWords) return true;
  return false;
}

/** Cuts every over-long segment into pieces. */
export function splitLongSentences(segments: readonly string[]): string[] {
  return segments.flatMap((segment) => (isLong(segment) ? cut(segment) : [segment]));
}
