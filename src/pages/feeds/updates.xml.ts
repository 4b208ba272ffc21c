/** RSS feed of what each new article changed in the briefing. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { briefing, settings } from '../../lib/briefing.ts';
import { updateItems } from '../../lib/feeds.ts';
import { absoluteUrl } from '../../lib/urls.ts';

export const GET: APIRoute = (context) =>
  rss({
    title: `${settings.title}: what changed`,
    description: `What each new article changed in the briefing. ${settings.description}`,
    site: absoluteUrl('', context.site),
    items: updateItems(briefing, (path) => absoluteUrl(path, context.site)),
    trailingSlash: true,
  });
