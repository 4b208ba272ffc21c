/** robots.txt: everything may be crawled; the sitemap is at the configured address. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = (context) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('sitemap-index.xml', context.site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
