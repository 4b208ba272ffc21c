/**
 * Turns a read input into the exact file to write: cleans the body, settles the front matter, escapes
 * plain text for Markdown, renders, and checks the result with the same reader the build uses, so ingest
 * can never write an article the build would refuse. No file system here.
 */
import { formatInputError } from '../boundary/input-error.ts';
import { parseArticleFile } from '../boundary/parse-article-file.ts';
import { cleanBody } from './clean/clean-body.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { IngestError } from './ingest-error.ts';
import { renderArticle } from './render-article.ts';
import type { Removal } from './clean/clean-rule.ts';
import { resolveFields, type ArticleMeta, type FieldSources } from './resolve-fields.ts';
import { articleSlug } from './slugify.ts';
import type { ArticleFields, SourceArticle } from './sources/source-article.ts';
import { cleanLine } from './strip-invisible.ts';

/** An article ready to be written. */
export interface PreparedArticle {
  /** File name without `.md`. */
  slug: string;
  /** The whole file text. */
  text: string;
  /** Its front matter. */
  meta: ArticleMeta;
  /** Where each field of the front matter came from. */
  sources: FieldSources;
  /** The Markdown body (what duplicate checks compare). */
  body: string;
  /** Number of body paragraphs. */
  paragraphs: number;
  /** What cleaning removed, in order. */
  removed: Removal[];
}

/** See the file comment. `flags` are the command-line fields. */
export function prepareArticle(source: SourceArticle, flags: ArticleFields): PreparedArticle {
  const headline = cleanLine(source.headline);
  const cleaned = cleanBody(headline, source.paragraphs, source.markdown);
  if (cleaned.paragraphs.length === 0) throw new IngestError('no body text left after cleaning');
  const { meta, sources } = resolveFields(source, flags, cleaned, headline);
  const paragraphs = source.markdown ? cleaned.paragraphs : cleaned.paragraphs.map(escapeMarkdown);
  const text = renderArticle(meta, paragraphs);
  const slug = articleSlug(meta.published, meta.title);
  const checked = parseArticleFile(`${slug}.md`, slug, new TextEncoder().encode(text));
  const problem = checked.errors[0];
  if (problem) throw new IngestError(`the article would not be valid: ${formatInputError(problem)}`);
  return { slug, text, meta, sources, body: paragraphs.join('\n\n'), paragraphs: paragraphs.length, removed: cleaned.removed };
}
