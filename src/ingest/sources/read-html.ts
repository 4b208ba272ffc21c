/**
 * Reads a saved web page (`.html`, `.htm`): Mozilla Readability finds the article in a linkedom DOM (no
 * browser), then its block elements become plain-text paragraphs, markup dropped. The headline is
 * Readability's title, else `og:title`, else the first `h1`. Meta tags supply the outlet (`og:site_name`),
 * the day (`article:published_time`) and the address (`og:url`, else the canonical link).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { IngestError } from '../ingest-error.ts';
import { cleanLine } from '../strip-invisible.ts';
import type { ArticleFields, SourceArticle } from './source-article.ts';

// Elements whose text is one paragraph unless they hold blocks themselves.
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TD', 'TH', 'HEADER', 'FOOTER', 'HR', 'ADDRESS']);
// Elements that are never article text: code, media and their captions, forms.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'PICTURE', 'FIGURE', 'FIGCAPTION', 'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA', 'ASIDE', 'NAV']);

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

function metaContent(document: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

/** Page metadata, read before Readability rewrites the document. */
function readPageFields(document: Document): ArticleFields {
  const found: ArticleFields = {};
  const outlet = metaContent(document, 'og:site_name', 'application-name');
  const time = metaContent(document, 'article:published_time', 'og:published_time', 'datePublished', 'date');
  const url = metaContent(document, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  if (outlet) found.outlet = cleanLine(outlet);
  if (time && /^\d{4}-\d{2}-\d{2}/.test(time)) found.published = time.slice(0, 10);
  if (url && /^https?:\/\//i.test(url)) found.url = url;
  return found;
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

/** See the file comment. */
export function readHtml(html: string): SourceArticle {
  const { document } = parseHTML(html);
  const found = readPageFields(document as unknown as Document);
  const fallbackTitle = metaContent(document as unknown as Document, 'og:title') ?? document.querySelector('h1')?.textContent ?? '';
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content) throw new IngestError('no article text found in the page');
  const content = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document;
  const paragraphs = collectParagraphs(content.body as unknown as DomNode);
  const headline = headlineOf(article.title || fallbackTitle, found.outlet ?? article.siteName ?? undefined);
  if (!found.outlet && article.siteName) found.outlet = cleanLine(article.siteName);
  if (!found.published && article.publishedTime && /^\d{4}-\d{2}-\d{2}/.test(article.publishedTime)) {
    found.published = article.publishedTime.slice(0, 10);
  }
  return { headline, paragraphs, markdown: false, stated: {}, found };
}
