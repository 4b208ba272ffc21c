/**
 * Rule: removes a furniture phrase that a live page appended to a real paragraph ("... in Ukraine. Catch all
 * the updates below"), keeping the sentence before it. A paragraph that was only the phrase is dropped.
 * The phrases are in `../words/furniture-phrases.ts`.
 */
import { FURNITURE_PHRASE_KIND, furniturePhrases } from '../words/furniture-phrases.ts';
import type { CleanRule, Removal } from './clean-rule.ts';
import { globSource } from './compile-glob.ts';

// The phrase must start the paragraph or follow a sentence end, so "we will follow live updates below the
// line" style wording inside a sentence is left alone.
const tails = furniturePhrases.map((phrase) => ({
  phrase,
  pattern: new RegExp(`(?:^|(?<=[.!?\u201D"')])\\s+)${globSource(phrase)}[.!:]?\\s*$`, 'iu'),
}));

/** The paragraph without a trailing furniture phrase, and the phrase that matched (or null). */
export function splitFurniturePhrase(paragraph: string): { rest: string; removed: string; phrase: string } | null {
  for (const { phrase, pattern } of tails) {
    const match = pattern.exec(paragraph);
    if (match) return { rest: paragraph.slice(0, match.index).trim(), removed: match[0].trim(), phrase };
  }
  return null;
}

/** See the file comment. */
export const stripFurniturePhrases: CleanRule = {
  name: 'strip-furniture-phrases',
  apply(state) {
    const removed: Removal[] = [];
    const paragraphs: string[] = [];
    for (const paragraph of state.paragraphs) {
      const found = splitFurniturePhrase(paragraph);
      if (found)
        removed.push({
          kind: FURNITURE_PHRASE_KIND,
          text: found.removed,
          reason: `strip-furniture-phrases: matches "${found.phrase}"`,
          kept: null,
        });
      const rest = found ? found.rest : paragraph;
      if (rest.length > 0) paragraphs.push(rest);
    }
    return removed.length === 0 ? null : { state: { ...state, paragraphs }, removed };
  },
};
