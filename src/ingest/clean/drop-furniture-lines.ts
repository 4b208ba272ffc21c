/**
 * Rule: drops paragraphs that are page furniture as a whole (comment and newsletter prompts, photo and
 * video credits, advertising and share labels), wherever they stand, naming the kind of each. The
 * patterns are in `../words/furniture-lines.ts`.
 */
import { furnitureLines } from '../words/furniture-lines.ts';
import type { CleanRule, Removal } from './clean-rule.ts';
import { compileLineGlob } from './compile-glob.ts';
import { markdownToPlain } from './plain-key.ts';

const patterns = furnitureLines.flatMap(({ kind, patterns: globs }) =>
  globs.map((glob) => ({ kind, glob, pattern: compileLineGlob(glob) })),
);

/** The kind and pattern a whole paragraph matches, or null when it is not furniture. */
export function matchFurnitureLine(text: string): { kind: string; glob: string } | null {
  const line = text.trim();
  return patterns.find(({ pattern }) => pattern.test(line)) ?? null;
}

/** See the file comment. */
export const dropFurnitureLines: CleanRule = {
  name: 'drop-furniture-lines',
  apply(state) {
    const removed: Removal[] = [];
    const keep = state.paragraphs.filter((paragraph) => {
      const match = matchFurnitureLine(state.markdown ? markdownToPlain(paragraph) : paragraph);
      if (match) removed.push({ kind: match.kind, text: paragraph, reason: `drop-furniture-lines: matches "${match.glob}"`, kept: null });
      return !match;
    });
    return removed.length === 0 ? null : { state: { ...state, paragraphs: keep }, removed };
  },
};
