/**
 * The two RSS feeds: every article, and what each new article changed. RSS has no way to say what a relative
 * link is relative to, so the feeds need the site's address; with none set they are not made (see README).
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { briefing, settings } from '../../site/data/briefing.ts';
import { articleItems, updateItems } from '../../site/views/feeds.ts';
import { absoluteUrl } from '../../format/urls.ts';

const FEEDS = {
  articles: { title: `${settings.title}: articles`, description: settings.description, items: articleItems },
  updates: {
    title: `${settings.title}: what changed`,
    description: `What each new article changed in the briefing. ${settings.description}`,
    items: updateItems,
  },
} as const;

export const getStaticPaths = (() =>
  import.meta.env.SITE ? Object.keys(FEEDS).map((feed) => ({ params: { feed } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute = (context) => {
  const feed = FEEDS[context.params.feed as keyof typeof FEEDS];
  const link = (path: string) => absoluteUrl(path, context.site) ?? '';
  return rss({ title: feed.title, description: feed.description, site: link(''), items: feed.items(briefing, link), trailingSlash: true });
};
