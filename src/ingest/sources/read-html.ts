/**
 * Reads a saved web page (`.html`, `.htm`): Mozilla Readability finds the article in a linkedom DOM (no
 * browser), then its block elements become plain-text paragraphs, markup dropped. The headline is
 * Readability's title, else `og:title`, else the first `h1`. The page's own metadata (meta tags, JSON-LD:
 * `read-page-fields.ts`) supplies the outlet, the day and the address.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { IngestError } from '../ingest-error.ts';
import { cleanLine } from '../strip-invisible.ts';
import { metaContent, readPageFields, type PageDocument } from './read-page-fields.ts';
import type { SourceArticle } from './source-article.ts';

// Elements whose text is one paragraph unless they hold blocks themselves.
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'THEAD',
  'TBODY',
  'TR',
  'TD',
  'TH',
  'HEADER',
  'FOOTER',
  'HR',
  'ADDRESS',
]);
// Elements that are never article text: code, media and their captions, forms.
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'PICTURE',
  'FIGURE',
  'FIGCAPTION',
  'BUTTON',
  'FORM',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'ASIDE',
  'NAV',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

// Stands for a `<br>` in a text run: two in a row end a paragraph, one is a line break read as a space.
const LINE_BREAK = '\u2029';

/** Paragraph texts of an element tree: inline runs between blocks, split at double `<br>`. */
function collectParagraphs(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let run = '';
  const flush = () => {
    for (const part of run.split(new RegExp(`${LINE_BREAK}\\s*${LINE_BREAK}`))) {
      const text = part.replaceAll(LINE_BREAK, ' ').replace(/\s+/g, ' ').trim();
      if (text.length > 0) paragraphs.push(text);
    }
    run = '';
  };
  const visit = (node: DomNode) => {
    if (node.nodeType === 3) {
      run += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') {
      run += LINE_BREAK;
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return paragraphs;
}

/** Readability's title without a ` | Outlet` or ` - Outlet` tail it sometimes keeps. */
function headlineOf(title: string, outlet: string | undefined): string {
  const line = cleanLine(title);
  if (!outlet) return line;
  for (const separator of [' | ', ' - ', ' \u2013 ', ' \u2014 ']) {
    if (line.endsWith(`${separator}${outlet}`)) return line.slice(0, -(separator.length + outlet.length));
  }
  return line;
}

/** See the file comment. `pageUrl` is the address a fetched page came from (relative links resolve against it). */
export function readHtml(html: string, pageUrl?: string): SourceArticle {
  const { document } = parseHTML(html);
  const found = readPageFields(document as unknown as PageDocument, pageUrl);
  // Read before Readability rewrites the document.
  const ogTitle = metaContent(document as unknown as PageDocument, 'og:title');
  const fallback = ogTitle
    ? { text: ogTitle.value, from: 'og:title' }
    : { text: document.querySelector('h1')?.textContent ?? '', from: 'the first h1' };
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content) throw new IngestError('no article text found in the page');
  const content = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document;
  const paragraphs = collectParagraphs(content.body as unknown as DomNode);
  const title = article.title ? { text: article.title, from: 'the page title' } : fallback;
  const headline = headlineOf(title.text, found.outlet?.value ?? article.siteName ?? undefined);
  if (!found.outlet && article.siteName) found.outlet = { value: cleanLine(article.siteName), from: 'the page (Readability)' };
  if (!found.published && article.publishedTime && /^\d{4}-\d{2}-\d{2}/.test(article.publishedTime)) {
    found.published = { value: article.publishedTime.slice(0, 10), from: 'the page (Readability)' };
  }
  return { headline, headlineFrom: title.from, paragraphs, markdown: false, stated: {}, found };
}
