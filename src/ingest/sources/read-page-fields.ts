/**
 * Reads the outlet, the publication day and the address a web page states about itself, each with where
 * it was found, before Readability rewrites the document. Meta tags first (`og:site_name`,
 * `article:published_time`, the canonical link, `og:url`), then JSON-LD (`publisher.name`,
 * `datePublished`, `url`). A relative address is resolved against the page's own address when it was
 * fetched, and ignored for a saved file; only http and https addresses are kept.
 */
import { cleanLine } from '../strip-invisible.ts';
import { readJsonLd } from './read-json-ld.ts';
import type { FoundField, FoundFields } from './source-article.ts';

/** The part of a DOM document these readers use. */
export interface PageDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

/** The first non-empty `content` of the meta tags named `keys`, with the key that had it. */
export function metaContent(document: PageDocument, ...keys: string[]): FoundField | undefined {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return { value: content, from: key };
  }
  return undefined;
}

/** An absolute http(s) address, resolving a relative one against `base` when there is one. */
function webAddress(value: string, base: string | undefined): string | undefined {
  try {
    const url = base === undefined ? new URL(value) : new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `2025-11-23T09:30:00-05:00` → `2025-11-23` (the day as the page writes it), or undefined. */
function dayOf(value: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}/.exec(value.trim())?.[0];
}

/** The first candidate that `accept` turns into a value. */
function firstOf(candidates: Array<FoundField | undefined>, accept: (value: string) => string | undefined): FoundField | undefined {
  for (const candidate of candidates) {
    const value = candidate && accept(candidate.value);
    if (value) return { value, from: candidate.from };
  }
  return undefined;
}

/** See the file comment. `pageUrl` is the address the page was fetched from, if it was. */
export function readPageFields(document: PageDocument, pageUrl?: string): FoundFields {
  const scripts = Array.from(document.querySelectorAll('script')).filter((script) =>
    /^\s*application\/ld\+json\s*(?:;|$)/i.test(script.getAttribute('type') ?? ''),
  );
  const jsonLd = readJsonLd(scripts.map((script) => script.textContent ?? ''));
  const fromJsonLd = (key: keyof typeof jsonLd, label: string): FoundField | undefined => {
    const value = jsonLd[key];
    return value === undefined ? undefined : { value, from: `JSON-LD ${label}` };
  };
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();

  const found: FoundFields = {};
  const outlet = firstOf(
    [metaContent(document, 'og:site_name'), fromJsonLd('outlet', 'publisher.name'), metaContent(document, 'application-name')],
    (value) => cleanLine(value) || undefined,
  );
  const published = firstOf(
    [
      metaContent(document, 'article:published_time'),
      fromJsonLd('published', 'datePublished'),
      metaContent(document, 'og:published_time', 'datePublished', 'date'),
    ],
    dayOf,
  );
  const url = firstOf(
    [canonical ? { value: canonical, from: 'the canonical link' } : undefined, metaContent(document, 'og:url'), fromJsonLd('url', 'url')],
    (value) => webAddress(value, pageUrl),
  );
  if (outlet) found.outlet = outlet;
  if (published) found.published = published;
  if (url) found.url = url;
  return found;
}
