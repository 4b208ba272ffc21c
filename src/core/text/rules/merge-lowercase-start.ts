/**
 * A segment that starts with a lowercase word continues the sentence before it: a question
 * or exclamation inside a quote (`“Why now?” he asked.`), or an ellipsis (after parse-latin's
 * `mergeInitialLowerCaseLetterSentences`).
 */
import { mergeWhere } from './merge-where.ts';

const lowercaseStart = /^[\s“‘"'(]*\p{Ll}/u;

/** Joins every segment that starts with a lowercase letter to the one before it. */
export function mergeLowercaseStart(segments: readonly string[]): string[] {
  return mergeWhere(segments, (_previous, next) => lowercaseStart.test(next));
}
