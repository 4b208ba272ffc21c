/**
 * Reads a `.txt` article: the first non-empty line is the headline, every other non-empty line is a
 * paragraph (captured pages put one paragraph per line, with or without blank lines between).
 */
import type { SourceArticle } from './source-article.ts';

/** See the file comment. `text` has `\n` line ends. */
export function readText(text: string): SourceArticle {
  const lines = text.split('\n').filter((line) => line.trim().length > 0);
  const [headline = '', ...paragraphs] = lines;
  return { headline, headlineFrom: 'the first line', paragraphs, markdown: false, stated: {}, found: {} };
}
