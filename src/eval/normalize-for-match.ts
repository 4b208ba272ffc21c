/**
 * Text as the scores compare it: every quote mark straightened, every run of whitespace one
 * space, lowercase. Annotators and outlets differ in quote styles and spacing, not in words.
 */

/** Normalises text for comparison. */
export function normalizeForMatch(text: string): string {
  return text
    .replace(/[“”„‟«»″]/gu, '"')
    .replace(/[‘’‚‛′`´]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** Normalised text without its outer quote marks and end punctuation, for quote comparison. */
export function normalizeQuote(text: string): string {
  return normalizeForMatch(text).replace(/^["'\s]+|["'\s]+$/gu, '');
}
