/**
 * Every internal address goes through here, so the site works at a domain root or under a base path
 * (`BASE_PATH=/briefing/`), and every sentence link has one spelling.
 */
import { anchorOf, articleOf } from '../core/ids.ts';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `path` (no leading slash, e.g. `topics/territory/`) under the base path. */
export function href(path = ''): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

/**
 * Absolute address of `path` on the site, for share-card tags, feeds and the sitemap line of robots.txt; null
 * when the site's address is not set (`SITE_URL` or `site` in briefing.yaml), and what needs it is left out.
 */
export function absoluteUrl(path: string, site: URL | undefined): string | null {
  return site ? new URL(href(path), site).href : null;
}

/** A page's canonical address: absolute when the site's address is set, else from the root (HTML allows either). */
export function canonicalUrl(path: string, site: URL | undefined): string {
  return absoluteUrl(path, site) ?? href(path);
}

/** Source page of an article. */
export function sourceHref(articleId: string): string {
  return href(`sources/${articleId}/`);
}

/** The exact sentence on its source page (`<article>#s-<n>` ids map to `sources/<article>/#s-<n>`). */
export function sentenceHref(sentenceId: string): string {
  return `${sourceHref(articleOf(sentenceId))}#${anchorOf(sentenceId)}`;
}

/** A participant's page. */
export function participantHref(id: string): string {
  return href(`participants/${id}/`);
}

/** A topic's page. */
export function topicHref(id: string): string {
  return href(`topics/${id}/`);
}

/** The page listing every source of a claim (only claims with more sources than a card shows have one). */
export function claimHref(id: string): string {
  return href(`claims/${id}/`);
}
