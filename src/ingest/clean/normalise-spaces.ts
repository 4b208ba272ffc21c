/**
 * Rule: invisible characters out, no-break and other odd spaces to plain spaces, runs of spaces to one,
 * empty paragraphs dropped. Markdown keeps each line's indentation, which can carry meaning (nested lists).
 */
import { ODD_SPACES, stripInvisible } from '../strip-invisible.ts';
import type { CleanRule } from './clean-rule.ts';

function normalisePlain(paragraph: string): string {
  return stripInvisible(paragraph).replace(ODD_SPACES, ' ').replace(/\s+/g, ' ').trim();
}

function normaliseMarkdown(paragraph: string): string {
  const lines = stripInvisible(paragraph)
    .replace(ODD_SPACES, ' ')
    .split('\n')
    .map((line) => {
      const indent = /^ */.exec(line)?.[0] ?? '';
      return (
        indent +
        line
          .slice(indent.length)
          .replace(/[ \t]+/g, ' ')
          .trimEnd()
      );
    });
  return lines.join('\n').replace(/^\n+|\n+$/g, '');
}

/** See the file comment. Reports nothing: spacing is not content. */
export const normaliseSpaces: CleanRule = {
  name: 'normalise-spaces',
  apply(state) {
    const normalise = state.markdown ? normaliseMarkdown : normalisePlain;
    const paragraphs = state.paragraphs.map(normalise).filter((paragraph) => paragraph.trim().length > 0);
    const same = paragraphs.length === state.paragraphs.length && paragraphs.every((p, i) => p === state.paragraphs[i]);
    return same ? null : { state: { ...state, paragraphs }, removed: [] };
  },
};
