/** RSS feed of the articles, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { briefing, settings } from '../../lib/briefing.ts';
import { articleItems } from '../../lib/feeds.ts';
import { absoluteUrl } from '../../lib/urls.ts';

export const GET: APIRoute = (context) =>
  rss({
    title: `${settings.title}: articles`,
    description: settings.description,
    site: absoluteUrl('', context.site),
    items: articleItems(briefing, (path) => absoluteUrl(path, context.site)),
    trailingSlash: true,
  });
