/** robots.txt: everything may be crawled; the sitemap's line, which needs an absolute address, only when the site's address is set. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../format/urls.ts';

export const GET: APIRoute = (context) => {
  const sitemap = absoluteUrl('sitemap-index.xml', context.site);
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
