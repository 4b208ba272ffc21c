/**
 * Decides each front matter field of an ingested article. Precedence: what the file states about itself
 * (Markdown front matter), then command-line flags, then what was found (page meta tags, the dateline and
 * wire credit taken out of the body). A missing required field names the flag that supplies it.
 */
import { isCalendarDate } from '../boundary/article-schema.ts';
import type { ArticleInput } from '../core/model.ts';
import type { CleanedBody } from './clean/clean-body.ts';
import { IngestError } from './ingest-error.ts';
import { isWebAddress } from './parse-options.ts';
import type { ArticleFields, SourceArticle } from './sources/source-article.ts';
import { cleanLine } from './strip-invisible.ts';

/** The front matter of an article to write: the article's own fields; null fields are left out. */
export type ArticleMeta = Pick<ArticleInput, 'title' | 'outlet' | 'published' | 'url' | 'dateline' | 'wire'>;

type Field = keyof ArticleFields;

function pick(field: Field, source: SourceArticle, flags: ArticleFields, cleaned: Partial<ArticleFields>): { value: string; from: string } | null {
  const candidates: [string | undefined, string][] = [
    [source.stated[field], `front matter ${field}`],
    [flags[field], `--${field}`],
    [source.found[field], `page ${field}`],
    [cleaned[field], `body ${field}`],
  ];
  for (const [value, from] of candidates) {
    const text = value === undefined ? '' : cleanLine(value);
    if (text !== '') return { value: text, from };
  }
  return null;
}

/** See the file comment. `headline` is the cleaned headline. */
export function resolveFields(source: SourceArticle, flags: ArticleFields, cleaned: CleanedBody, headline: string): ArticleMeta {
  const found: Partial<ArticleFields> = { title: headline };
  if (cleaned.dateline) found.dateline = cleaned.dateline;
  if (cleaned.wire) found.wire = cleaned.wire;
  const get = (field: Field) => pick(field, source, flags, found);

  const title = get('title');
  if (!title) throw new IngestError('no headline found (the first line, heading or `title` is empty)');
  const outlet = get('outlet');
  if (!outlet) throw new IngestError('missing --outlet (the publication that printed the article)');
  const published = get('published');
  if (!published) throw new IngestError('missing --published (the publication day, YYYY-MM-DD)');
  if (!isCalendarDate(published.value)) {
    throw new IngestError(`${published.from} must be a real date written YYYY-MM-DD, got "${published.value}"`);
  }
  const url = get('url');
  if (url && !isWebAddress(url.value)) throw new IngestError(`${url.from} must be an http or https address, got "${url.value}"`);
  return {
    title: title.value,
    outlet: outlet.value,
    published: published.value,
    url: url?.value ?? null,
    dateline: get('dateline')?.value ?? null,
    wire: get('wire')?.value ?? null,
  };
}
