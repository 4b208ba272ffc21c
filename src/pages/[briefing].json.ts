/**
 * `briefing.json`, the whole analysis as data (schema in `public/briefing.schema.json`), for the dev server.
 * A build lists nothing here: the integration (`src/integration/`) copies in the file its analysis step wrote,
 * byte for byte what the pages were rendered from, without Astro holding it in memory.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { briefingJson } from '../site/data/briefing.ts';

export const getStaticPaths = (() => (import.meta.env.DEV ? [{ params: { briefing: 'briefing' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(briefingJson(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
