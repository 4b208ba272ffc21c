/**
 * Copy-pasted or transcribed text loses the space after a full stop (`the talks.The next day`);
 * the segmenter then keeps both sentences together. Split where a lowercase word ends in
 * terminal punctuation and a capitalised word follows at once.
 */
import { splitWhere } from './merge-where.ts';

const missingSpace = /\p{Ll}{2}[.!?][”’"]?(?=\p{Lu}\p{Ll})/gu;

/** Offsets just after each run-on's punctuation (and closing quote); `exec` spares a copy of the pattern per segment. */
function cutsOf(segment: string): number[] {
  const cuts: number[] = [];
  missingSpace.lastIndex = 0;
  for (let m = missingSpace.exec(segment); m !== null; m = missingSpace.exec(segment)) cuts.push(m.index + m[0].length);
  return cuts;
}

/** Splits `word.Word` run-ons after the punctuation (and its closing quote). */
export function splitMissingSpace(segments: readonly string[]): string[] {
  return splitWhere(segments, cutsOf);
}
