/**
 * The kind of happening a word tells ("talks" and "met" a meeting, "said" a statement), from
 * `words/happening-kinds.ts`, or null.
 */
import { happeningKinds } from './words/happening-kinds.ts';

const kinds = new Map<string, string>();
for (const [kind, words] of Object.entries(happeningKinds)) for (const word of words) if (!kinds.has(word)) kinds.set(word, kind);

/** The kind of a lowercase word, or null. */
export function kindOf(word: string): string | null {
  return kinds.get(word) ?? null;
}
