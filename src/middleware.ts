/**
 * Counts the HTML pages Astro renders (`src/integration/rendered-pages.ts`): a page its incremental build copies
 * from the previous build never comes here, so the build can say how many pages it rendered and how many it
 * reused. Nothing in a response changes.
 */
import { defineMiddleware } from 'astro:middleware';
import { noteRenderedPage } from './integration/rendered-pages.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (response.headers.get('content-type')?.startsWith('text/html')) noteRenderedPage();
  return response;
});
