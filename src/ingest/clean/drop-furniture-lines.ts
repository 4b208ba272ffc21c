/**
 * Rule: drops paragraphs that are page furniture as a whole (comment and newsletter prompts, photo and
 * video credits, advertising and share labels), wherever they stand. The patterns are in
 * `../words/furniture-lines.ts`.
 */
import { furnitureLines } from '../words/furniture-lines.ts';
import type { CleanRule } from './clean-rule.ts';
import { compileLineGlob } from './compile-glob.ts';
import { markdownToPlain } from './plain-key.ts';

const patterns = furnitureLines.map(compileLineGlob);

/** True when the whole paragraph matches a furniture pattern. */
export function isFurnitureLine(text: string): boolean {
  const line = text.trim();
  return patterns.some((pattern) => pattern.test(line));
}

/** See the file comment. */
export const dropFurnitureLines: CleanRule = {
  name: 'drop-furniture-lines',
  apply(state) {
    const keep = state.paragraphs.filter((p) => !isFurnitureLine(state.markdown ? markdownToPlain(p) : p));
    if (keep.length === state.paragraphs.length) return null;
    const count = state.paragraphs.length - keep.length;
    return { state: { ...state, paragraphs: keep }, removed: Array.from({ length: count }, () => 'furniture line') };
  },
};
