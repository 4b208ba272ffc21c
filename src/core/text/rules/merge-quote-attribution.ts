/**
 * A quotation that ends in `?` or `!` is followed by its attribution in the same sentence
 * (`“Why now?” Trump asked.`); the segmenter breaks before the capitalised speaker.
 */
import { speechVerbs } from '../words/speech-verbs.ts';
import { mergeWhere } from './merge-where.ts';

const verbs = speechVerbs.join('|');
/** Up to four capitalised words (a name, `The Kremlin`, `U.S. officials`) then a speech verb. */
const attribution = new RegExp(`^\\s*(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}(?:${verbs})\\b`, 'u');
const endsInQuotedQuestion = /[?!…][”’"»]\s*$/u;

/** Joins `“...?”` to a following `Name said ...` segment. */
export function mergeQuoteAttribution(segments: readonly string[]): string[] {
  return mergeWhere(segments, (previous, next) => endsInQuotedQuestion.test(previous) && attribution.test(next));
}
