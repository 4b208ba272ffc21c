/**
 * Every internal address goes through here, so the site works at a domain root or under a base path
 * (`BASE_PATH=/briefing/`), and every sentence link has one spelling.
 */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `path` (no leading slash, e.g. `topics/territory/`) under the base path. */
export function href(path = ''): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

/** Absolute address of `path` on the configured site, for canonical links, feeds and share images. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(href(path), site ?? 'http://localhost:4321').href;
}

/** Source page of an article. */
export function sourceHref(articleId: string): string {
  return href(`sources/${articleId}/`);
}

/** The exact sentence on its source page (`<article>#s-<n>` ids map to `sources/<article>/#s-<n>`). */
export function sentenceHref(sentenceId: string): string {
  const [article = '', anchor = ''] = sentenceId.split('#');
  return `${sourceHref(article)}#${anchor}`;
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
