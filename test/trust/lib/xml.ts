/**
 * Feeds and sitemaps as XML: a strict well-formedness check, and the items of an RSS feed with their
 * text decoded, as a feed reader sees them.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const parser = new XMLParser({
  parseTagValue: false,
  processEntities: true,
  ignoreAttributes: false,
  isArray: (name) => name === 'item' || name === 'url' || name === 'sitemap' || name === 'category',
});

/** Null when `text` is well-formed XML, else the parser's complaint. */
export function xmlProblem(text: string): string | null {
  const result = XMLValidator.validate(text);
  return result === true ? null : `${result.err.code} at ${result.err.line}:${result.err.col}: ${result.err.msg}`;
}

/** One RSS item as a reader decodes it. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
}

/** The items of an RSS 2.0 feed. */
export function feedItems(text: string): FeedItem[] {
  const feed = parser.parse(text) as { rss?: { channel?: { item?: Partial<FeedItem>[] } } };
  return (feed.rss?.channel?.item ?? []).map((item) => ({
    title: String(item.title ?? ''),
    link: String(item.link ?? ''),
    description: String(item.description ?? ''),
  }));
}

/** Every `<loc>` of a sitemap or sitemap index. */
export function sitemapLocations(text: string): string[] {
  const map = parser.parse(text) as { urlset?: { url?: { loc: string }[] }; sitemapindex?: { sitemap?: { loc: string }[] } };
  return [...(map.urlset?.url ?? []), ...(map.sitemapindex?.sitemap ?? [])].map((entry) => String(entry.loc));
}
