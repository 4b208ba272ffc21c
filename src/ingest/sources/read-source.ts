/** Picks the reader for an input file by its extension. */
import { IngestError } from '../ingest-error.ts';
import { readHtml } from './read-html.ts';
import { readMarkdown } from './read-markdown.ts';
import { readText } from './read-text.ts';
import type { SourceArticle } from './source-article.ts';

const READERS: Record<string, (text: string) => SourceArticle> = {
  '.txt': readText,
  '.md': readMarkdown,
  '.markdown': readMarkdown,
  '.html': readHtml,
  '.htm': readHtml,
};

/** Reads `text`, the contents of a file named `name`; line ends and a byte-order mark are normalised first. */
export function readSource(name: string, text: string): SourceArticle {
  const extension = /\.[^./\\]+$/.exec(name.toLowerCase())?.[0] ?? '';
  const reader = READERS[extension];
  if (!reader) throw new IngestError(`unsupported input type "${extension || name}" (expected .txt, .md, .html or .htm)`);
  return reader(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
}
