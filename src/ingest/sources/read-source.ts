/** Picks the reader for an input file by its extension. */
import { IngestError } from '../ingest-error.ts';
import { readHtml } from './read-html.ts';
import { readMarkdown } from './read-markdown.ts';
import { readText } from './read-text.ts';
import type { SourceArticle } from './source-article.ts';

const READERS: Record<string, (text: string, pageUrl?: string) => SourceArticle> = {
  '.txt': readText,
  '.md': readMarkdown,
  '.markdown': readMarkdown,
  '.html': readHtml,
  '.htm': readHtml,
};

/**
 * Reads `text`, the contents of a file named `name` (or of a page fetched from `pageUrl`, named after its
 * type); line ends and a byte-order mark are normalised first.
 */
export function readSource(name: string, text: string, pageUrl?: string): SourceArticle {
  const extension = /\.[^./\\]+$/.exec(name.toLowerCase())?.[0] ?? '';
  const reader = READERS[extension];
  if (!reader) throw new IngestError(`unsupported input type "${extension || name}" (expected .txt, .md, .html or .htm)`);
  return reader(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), pageUrl);
}
