/**
 * Comparison keys for paragraphs: the words without formatting, case, curly quotes or closing punctuation,
 * so that `# Talks resume.` and `talks resume` compare equal. Used to spot repeated headlines and
 * furniture lines in Markdown, and duplicated bodies.
 */

/** Markdown text reduced to what a reader sees: no heading or quote markers, emphasis, link targets or escapes. */
export function markdownToPlain(text: string): string {
  return text
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?)+/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*{1,3}|_{1,3})(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Lowercase words with quotes unified and white space collapsed. */
export function looseText(text: string): string {
  return markdownToPlain(text)
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** `looseText` without trailing punctuation: the key for one line or paragraph. */
export function plainKey(text: string): string {
  return looseText(text).replace(/[\s.!?:;,]+$/, '');
}
