/** RSS feed of the articles, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { briefing, settings } from '../../lib/briefing.ts';
import { articleItems } from '../../lib/feeds.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { escapeHtml } from '../../components/escape-html.ts';

export const GET: APIRoute = (context) =>
  rss({
    title: `${settings.title}: articles`,
    description: settings.description,
    site: absoluteUrl('', context.site),
    // Readers render a description as HTML: article text must arrive as text.
    items: articleItems(briefing, (path) => absoluteUrl(path, context.site)).map((item) => ({ ...item, description: escapeHtml(item.description) })),
    trailingSlash: true,
  });
