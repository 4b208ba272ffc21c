/**
 * Rule: removes a furniture phrase that a live page appended to a real paragraph ("... in Ukraine. Catch all
 * the updates below"), keeping the sentence before it. A paragraph that was only the phrase is dropped.
 * The phrases are in `../words/furniture-phrases.ts`.
 */
import { furniturePhrases } from '../words/furniture-phrases.ts';
import type { CleanRule } from './clean-rule.ts';
import { globSource } from './compile-glob.ts';

// The phrase must start the paragraph or follow a sentence end, so "we will follow live updates below the
// line" style wording inside a sentence is left alone.
const tails = furniturePhrases.map((phrase) => new RegExp(`(?:^|(?<=[.!?\u201D"')])\\s+)${globSource(phrase)}[.!:]?\\s*$`, 'iu'));

/** The paragraph without a trailing furniture phrase (or unchanged). */
export function stripFurniturePhrase(paragraph: string): string {
  for (const tail of tails) {
    if (tail.test(paragraph)) return paragraph.replace(tail, '').trim();
  }
  return paragraph;
}

/** See the file comment. */
export const stripFurniturePhrases: CleanRule = {
  name: 'strip-furniture-phrases',
  apply(state) {
    let removed = 0;
    const paragraphs: string[] = [];
    for (const paragraph of state.paragraphs) {
      const stripped = stripFurniturePhrase(paragraph);
      if (stripped !== paragraph) removed += 1;
      if (stripped.length > 0) paragraphs.push(stripped);
    }
    if (removed === 0) return null;
    return { state: { ...state, paragraphs }, removed: Array.from({ length: removed }, () => 'furniture phrase') };
  },
};
