/**
 * Markdown body → plain-text paragraphs, with unified, remark-parse and remark-gfm.
 * Paragraphs, headings, list items, block quotes' paragraphs and table rows become paragraphs.
 * Raw HTML is never text (articles are untrusted); code blocks, images and link targets are
 * dropped; link text is kept.
 */
import type { Nodes, Root, RootContent, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { normalizeWhitespace } from './normalize-whitespace.ts';
import { plainParagraphs } from './plain-paragraphs.ts';
import { pruneInline } from './prune-inline.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Plain text of one block, HTML and images removed, whitespace normalised. */
function blockText(node: Nodes): string {
  return normalizeWhitespace(toString(pruneInline(node), { includeImageAlt: false }));
}

function rowText(row: TableRow): string {
  return row.children
    .map(blockText)
    .filter((cell) => cell.length > 0)
    .join(' | ');
}

/** Collects the paragraph texts of a block, in document order. */
function collect(node: RootContent, out: string[]): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      out.push(blockText(node));
      return;
    case 'blockquote':
    case 'list':
    case 'listItem':
    case 'footnoteDefinition':
      for (const child of node.children) collect(child, out);
      return;
    case 'table':
      for (const row of node.children) out.push(rowText(row));
      return;
    default:
      // code, html, definitions, thematic breaks: not article prose.
      return;
  }
}

/** Parses a Markdown body into its non-empty paragraph texts with the full parser. */
export function parseParagraphs(markdown: string): string[] {
  const tree: Root = parser.parse(markdown);
  const out: string[] = [];
  for (const child of tree.children) collect(child, out);
  return out.filter((text) => text.length > 0);
}

/** The non-empty paragraph texts of a Markdown body; plain prose skips the parser, with the same result. */
export function extractParagraphs(markdown: string): string[] {
  return plainParagraphs(markdown) ?? parseParagraphs(markdown);
}
