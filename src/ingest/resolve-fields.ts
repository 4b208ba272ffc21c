/**
 * Decides each front matter field of an ingested article, and says where each came from. Precedence:
 * what the file states about itself (Markdown front matter), then command-line flags, then what was found
 * (page metadata, the dateline and wire credit taken out of the body). A missing required field names the
 * flag that supplies it.
 */
import { isCalendarDate } from '../boundary/article-schema.ts';
import type { ArticleInput } from '../core/model.ts';
import type { CleanedBody } from './clean/clean-body.ts';
import { IngestError } from './ingest-error.ts';
import { isWebAddress } from './parse-options.ts';
import type { ArticleFields, FoundFields, SourceArticle } from './sources/source-article.ts';
import { cleanLine } from './strip-invisible.ts';

/** The front matter of an article to write: the article's own fields; null fields are left out. */
export type ArticleMeta = Pick<ArticleInput, 'title' | 'outlet' | 'published' | 'url' | 'dateline' | 'wire'>;

type Field = keyof ArticleFields;

/** Where each written field came from (`--outlet`, `og:site_name`, `the body`). */
export type FieldSources = Partial<Record<Field, string>>;

/** The fields, in the order the report names them. */
export const FIELD_ORDER: readonly Field[] = ['title', 'outlet', 'published', 'url', 'dateline', 'wire'];

function pick(field: Field, source: SourceArticle, flags: ArticleFields, found: FoundFields): { value: string; from: string } | null {
  const candidates: [string | undefined, string][] = [
    [source.stated[field], `front matter ${field}`],
    [flags[field], `--${field}`],
    [found[field]?.value, found[field]?.from ?? ''],
  ];
  for (const [value, from] of candidates) {
    const text = value === undefined ? '' : cleanLine(value);
    if (text !== '') return { value: text, from };
  }
  return null;
}

/** See the file comment. `headline` is the cleaned headline; `cleaned` the cleaned body. */
export function resolveFields(
  source: SourceArticle,
  flags: ArticleFields,
  cleaned: CleanedBody,
  headline: string,
): { meta: ArticleMeta; sources: FieldSources } {
  const found: FoundFields = { ...source.found, title: { value: headline, from: source.headlineFrom } };
  if (cleaned.dateline) found.dateline = { value: cleaned.dateline, from: 'the body' };
  if (cleaned.wire) found.wire = { value: cleaned.wire, from: 'the body' };
  const sources: FieldSources = {};
  const get = (field: Field) => {
    const chosen = pick(field, source, flags, found);
    if (chosen) sources[field] = chosen.from;
    return chosen;
  };

  const title = get('title');
  if (!title) throw new IngestError('no headline found (the first line, heading or `title` is empty)');
  const outlet = get('outlet');
  if (!outlet) throw new IngestError('missing --outlet (the publication that printed the article; the input does not name it)');
  const published = get('published');
  if (!published) throw new IngestError('missing --published (the publication day, YYYY-MM-DD; the input does not give it)');
  if (!isCalendarDate(published.value)) {
    throw new IngestError(`${published.from} must be a real date written YYYY-MM-DD, got "${published.value}"`);
  }
  const url = get('url');
  if (url && !isWebAddress(url.value)) throw new IngestError(`${url.from} must be an http or https address, got "${url.value}"`);
  const meta: ArticleMeta = {
    title: title.value,
    outlet: outlet.value,
    published: published.value,
    url: url?.value ?? null,
    dateline: get('dateline')?.value ?? null,
    wire: get('wire')?.value ?? null,
  };
  return { meta, sources };
}
