/**
 * Writes one read input into the articles folder: prepares the article, refuses to overwrite an existing
 * file without `force`, and refuses (or, with `force`, warns about) a body that duplicates an article
 * already in the folder.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDuplicate, type ExistingArticle } from './find-duplicate.ts';
import { IngestError } from './ingest-error.ts';
import { prepareArticle, type PreparedArticle } from './prepare-article.ts';
import type { SourceArticle } from './sources/source-article.ts';
import { splitFrontMatter } from '../boundary/split-front-matter.ts';
import type { IngestOptions } from './parse-options.ts';

/** What happened to one input. */
export interface IngestOutcome {
  /** Path written. */
  path: string;
  /** The article written. */
  article: PreparedArticle;
  /** True when an existing file was replaced (`--force`). */
  replaced: boolean;
  /** Problems written through because of `--force`. */
  warnings: string[];
}

/** The articles in `dir` other than `except`, sorted by name. */
function readExisting(dir: string, except: string, show: (path: string) => string): ExistingArticle[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && !name.startsWith('.') && join(dir, name) !== except)
    .sort()
    .map((name) => ({
      file: show(join(dir, name)),
      body: splitFrontMatter(readFileSync(join(dir, name), 'utf8').replace(/\r\n?/g, '\n')).body,
    }));
}

/** Writes `source` as an article into `options.out`; `show` turns a path into the form used in messages. Throws `IngestError`. */
export function writeArticle(
  source: SourceArticle,
  options: Pick<IngestOptions, 'flags' | 'force' | 'out'>,
  show: (path: string) => string,
): IngestOutcome {
  const article = prepareArticle(source, options.flags);
  const path = join(options.out, `${article.slug}.md`);
  const replaced = existsSync(path);
  if (replaced && !options.force) throw new IngestError(`${show(path)} already exists (use --force to overwrite it)`);

  const warnings: string[] = [];
  const duplicate = findDuplicate(article.body, readExisting(options.out, path, show));
  if (duplicate) {
    const message = `its body duplicates ${duplicate.file} (${duplicate.reason})`;
    if (!options.force) throw new IngestError(`${message}; skipped (use --force to write it anyway)`);
    warnings.push(`${message}; written anyway (--force)`);
  }
  mkdirSync(options.out, { recursive: true });
  writeFileSync(path, article.text);
  return { path, article, replaced, warnings };
}
