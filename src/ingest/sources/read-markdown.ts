/**
 * Reads a `.md` article, with or without YAML front matter. The headline is the front matter `title`,
 * else the first level-one heading (`# Title` or `Title` over `===`), else the first line; whichever it
 * is leaves the body. Paragraphs are the blocks between blank lines, kept as Markdown.
 */
import { parse } from 'yaml';
import { markdownToPlain } from '../clean/plain-key.ts';
import { IngestError } from '../ingest-error.ts';
import type { ArticleFields, SourceArticle } from './source-article.ts';
import { splitFrontMatter } from '../../boundary/split-front-matter.ts';

const FIELDS = ['title', 'outlet', 'published', 'url', 'dateline', 'wire'] as const;
const ATX_TITLE = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_TITLE = /^([^\n]+)\n {0,3}=+[ \t]*$/;

/** Known fields of the front matter as text; anything else (and `draft`) is ignored. */
function readFrontMatter(yamlText: string): ArticleFields {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new IngestError(`front matter is not valid YAML: ${reason}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const record = data as Record<string, unknown>;
  const fields: ArticleFields = {};
  for (const key of FIELDS) {
    const value = record[key];
    if (typeof value === 'string' || typeof value === 'number') fields[key] = String(value);
  }
  return fields;
}

/** The headline held by a block when it is a level-one heading, or null. */
function headingText(block: string): string | null {
  const heading = ATX_TITLE.exec(block)?.[1] ?? SETEXT_TITLE.exec(block)?.[1];
  return heading === undefined ? null : markdownToPlain(heading);
}

/** See the file comment. `text` has `\n` line ends. */
export function readMarkdown(text: string): SourceArticle {
  const { frontMatter, body } = splitFrontMatter(text);
  const stated = frontMatter === null ? {} : readFrontMatter(frontMatter);
  const blocks = body.split(/\n[ \t]*\n/).filter((block) => block.trim().length > 0);
  if (stated.title !== undefined)
    return { headline: stated.title, headlineFrom: 'front matter title', paragraphs: blocks, markdown: true, stated, found: {} };

  const headingIndex = blocks.findIndex((block) => headingText(block) !== null);
  if (headingIndex >= 0) {
    const headline = headingText(blocks[headingIndex] ?? '') ?? '';
    return {
      headline,
      headlineFrom: 'the first heading',
      paragraphs: blocks.filter((_, index) => index !== headingIndex),
      markdown: true,
      stated,
      found: {},
    };
  }
  const [first = '', ...rest] = blocks;
  const [headline = '', ...firstRest] = first.split('\n');
  const paragraphs = firstRest.length > 0 ? [firstRest.join('\n'), ...rest] : rest;
  return { headline, headlineFrom: 'the first line', paragraphs, markdown: true, stated, found: {} };
}
