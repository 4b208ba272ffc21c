/**
 * Fetches one web page at ingest time (never at build time) with Node's `fetch`: http and https only, a
 * time limit for the whole download, a size limit checked as the bytes arrive, and an HTML answer
 * required. The text is decoded by the charset the server or the page declares (UTF-8 when neither
 * does). Every failure is an `IngestError` of one line.
 */
import { IngestError } from '../ingest-error.ts';
import { decodePage } from './decode-page.ts';
import { describeFetchFailure } from './describe-fetch-failure.ts';

/** Largest page read: pages carry scripts and styles around the article, so more than the 1 MB article limit. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
/** Default time limit for one page, headers and body together. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

/** Limits of one fetch. */
export interface FetchLimits {
  /** Milliseconds for the whole download. */
  timeoutMs: number;
  /** Bytes at most. */
  maxBytes: number;
}

/** A fetched page. */
export interface FetchedPage {
  /** The address the page finally came from (after redirects). */
  url: string;
  /** The page's text. */
  html: string;
  /** Bytes received. */
  bytes: number;
}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/i;

/** Reads the body, stopping as soon as it passes `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new IngestError(`the page is over the ${maxBytes / 1024 / 1024} MB limit for a page`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** True when an answer without a declared type starts like an HTML document. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<!--') || head.startsWith('<head');
}

/** Fetches `address` (already checked to be http or https). */
export async function fetchPage(address: string, limits: FetchLimits): Promise<FetchedPage> {
  let response: Response;
  try {
    response = await fetch(address, {
      redirect: 'follow',
      signal: AbortSignal.timeout(limits.timeoutMs),
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', 'user-agent': 'Mozilla/5.0 (compatible; dossier-ingest)' },
    });
  } catch (error) {
    throw new IngestError(`could not fetch it: ${describeFetchFailure(error, limits.timeoutMs)}`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new IngestError(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const finalUrl = response.url || address;
  if (!/^https?:/i.test(finalUrl)) throw new IngestError(`it redirected to a non-web address (${finalUrl})`);
  const declared = Number(response.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await response.body?.cancel();
    throw new IngestError(
      `the page is over the ${limits.maxBytes / 1024 / 1024} MB limit for a page (${Math.ceil(declared / 1024 / 1024)} MB)`,
    );
  }
  const contentType = response.headers.get('content-type') ?? '';
  const mediaType = contentType.split(';')[0]?.trim() ?? '';
  if (mediaType !== '' && !HTML_TYPES.test(mediaType)) {
    await response.body?.cancel();
    throw new IngestError(`expected an HTML page, got ${mediaType}`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readLimited(response, limits.maxBytes);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(`could not fetch it: ${describeFetchFailure(error, limits.timeoutMs)}`);
  }
  if (mediaType === '' && !looksLikeHtml(bytes))
    throw new IngestError('expected an HTML page, got an answer with no type that is not HTML');
  return { url: finalUrl, html: decodePage(bytes, contentType), bytes: bytes.byteLength };
}
