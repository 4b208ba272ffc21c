/**
 * Finds direct quotations in a paragraph by their marks. Straight and curly marks are both read
 * by context, not by shape, because pasted copy mixes them up (`table,“ he said`, a paragraph
 * opening with `”I don’t know`): a mark after a space opens, a mark before a space or
 * punctuation closes. A quotation still open at the end of the paragraph is returned unclosed
 * (newspaper style: the quote goes on in the next paragraph).
 */

/** A quotation found in a text. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the quote runs to the end of the text. */
  close: number | null;
  /** Start of the quoted words (after the mark). */
  start: number;
  /** End of the quoted words (exclusive). */
  end: number;
}

/**
 * Double quotation marks of English, German and French copy. Single marks stay inside quotes (nested or apostrophes).
 * One pattern, to jump from mark to mark instead of reading every character.
 */
const markPattern = /["“”„«»‟]/g;
const openOnly = new Set(['„', '«']);
const closeOnly = new Set(['»']);

const boundaryBefore = /[\s([{—–-]/u;
const boundaryAfter = /[\s.,;:!?)\]}—–-]/u;

/** Is the mark written where a quotation opens (start of text or after a space, before a word)? */
function opensHere(text: string, index: number): boolean {
  const before = text[index - 1];
  return before === undefined || boundaryBefore.test(before);
}

/** Is the mark written where a quotation closes (after a word, before a space, punctuation or the end)? */
function closesHere(text: string, index: number): boolean {
  const before = text[index - 1];
  const after = text[index + 1];
  return (before !== undefined && !/\s/u.test(before)) || after === undefined || boundaryAfter.test(after);
}

/** Every quotation in the text, in order. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | null = null;
  markPattern.lastIndex = 0;
  for (let found = markPattern.exec(text); found !== null; found = markPattern.exec(text)) {
    const index = found.index;
    const mark = found[0];
    if (open === null) {
      // A lone mark with nothing after it is debris of copying, not a quotation.
      if (text.slice(index + 1).trim() === '' || closeOnly.has(mark)) continue;
      if (!opensHere(text, index) && closesHere(text, index) && !openOnly.has(mark) && /\s/u.test(text[index + 1] ?? ' ')) continue;
      open = index;
    } else if (!openOnly.has(mark) && (closesHere(text, index) || !opensHere(text, index))) {
      spans.push({ open, close: index, start: open + 1, end: index });
      open = null;
    } else {
      // A second opening mark before any close: the first quotation was never closed.
      spans.push({ open, close: null, start: open + 1, end: index });
      open = index;
    }
  }
  if (open !== null) spans.push({ open, close: null, start: open + 1, end: text.length });
  return spans.filter((span) => /[\p{L}\p{N}]/u.test(text.slice(span.start, span.end)));
}
