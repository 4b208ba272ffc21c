/**
 * Rule: drops an opening quote mark left alone at the end of a paragraph (`... security guarantees. "`),
 * a copy-and-paste artefact where the quote really opens the next paragraph. A straight `"` is only an
 * orphan when the paragraph has an odd number of them; an even count means it closes a quotation.
 */
import type { CleanRule, Removal } from './clean-rule.ts';

const TRAILING_QUOTE = /\s+(["\u201C])$/;

/** The paragraph without a trailing orphan opening quote (or unchanged). */
export function dropTrailingOrphanQuote(paragraph: string): string {
  const match = TRAILING_QUOTE.exec(paragraph);
  if (!match) return paragraph;
  const straightCount = paragraph.split('"').length - 1;
  if (match[1] === '"' && straightCount % 2 === 0) return paragraph;
  return paragraph.slice(0, match.index);
}

/** See the file comment. */
export const dropOrphanQuote: CleanRule = {
  name: 'drop-orphan-quote',
  apply(state) {
    const removed: Removal[] = [];
    const paragraphs = state.paragraphs.map((paragraph) => {
      const cleaned = dropTrailingOrphanQuote(paragraph);
      if (cleaned !== paragraph) {
        removed.push({
          kind: 'stray quote mark',
          text: paragraph.slice(cleaned.length).trim(),
          reason: `drop-orphan-quote: opens nothing at the end of "…${cleaned.slice(-40)}"`,
          kept: null,
        });
      }
      return cleaned;
    });
    return removed.length === 0 ? null : { state: { ...state, paragraphs }, removed };
  },
};
