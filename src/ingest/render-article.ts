/**
 * Writes an article file: YAML front matter (by the `yaml` package, so quotes and colons are escaped) in
 * the fixed key order, then the body paragraphs separated by one blank line; LF line ends and one
 * trailing newline, so the same input always gives the same bytes.
 */
import { stringify } from 'yaml';
import type { ArticleMeta } from './resolve-fields.ts';

const ORDER = ['title', 'outlet', 'published', 'url', 'dateline', 'wire'] as const;

/** The file text for `meta` and Markdown `paragraphs`. */
export function renderArticle(meta: ArticleMeta, paragraphs: readonly string[]): string {
  const fields: Record<string, string> = {};
  for (const key of ORDER) {
    const value = meta[key];
    if (value !== null) fields[key] = value;
  }
  const yaml = stringify(fields, { lineWidth: 0 });
  const body = paragraphs.map((paragraph) => paragraph.trim()).join('\n\n');
  return `---\n${yaml}---\n\n${body}\n`;
}
