/** `briefing.json`: the whole analysis as data (schema in `public/briefing.schema.json`). */
import type { APIRoute } from 'astro';
import { briefingJson } from '../lib/briefing.ts';

export const GET: APIRoute = () => new Response(briefingJson(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
