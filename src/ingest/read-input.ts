/**
 * Reads one input into a `SourceArticle`: a file from disk, or a page fetched from the web. A fetched
 * page that states no address of its own gets the address it was fetched from as its `url`.
 */
import { readFileSync, statSync } from 'node:fs';
import { fetchPage, MAX_PAGE_BYTES } from './fetch/fetch-page.ts';
import { IngestError } from './ingest-error.ts';
import type { InputRef } from './list-inputs.ts';
import { readSource } from './sources/read-source.ts';
import type { SourceArticle } from './sources/source-article.ts';

/** A read input, and how many bytes were fetched for it. */
export interface ReadInput {
  /** The input, read. */
  source: SourceArticle;
  /** Bytes fetched, for a web page. */
  fetchedBytes: number | null;
}

function readFileText(path: string): string {
  try {
    const size = statSync(path).size;
    if (size > MAX_PAGE_BYTES) throw new IngestError(`the file is over the ${MAX_PAGE_BYTES / 1024 / 1024} MB limit for an input`);
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof IngestError) throw error;
    const code = (error as { code?: string }).code;
    throw new IngestError(
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot read it (${code ?? 'unknown error'})`,
    );
  }
}

/** Reads `input` (not a problem entry); `timeoutMs` limits a fetch. Throws `IngestError`. */
export async function readInput(input: Exclude<InputRef, { kind: 'problem' }>, timeoutMs: number): Promise<ReadInput> {
  if (input.kind === 'file') return { source: readSource(input.path, readFileText(input.path)), fetchedBytes: null };
  const page = await fetchPage(input.url, { timeoutMs, maxBytes: MAX_PAGE_BYTES });
  const source = readSource('page.html', page.html, page.url);
  if (!source.found.url) source.found.url = { value: page.url, from: 'the fetched address' };
  return { source, fetchedBytes: page.bytes };
}
