/** `briefing.json`: the whole analysis as data (schema in `schema/briefing.schema.json`). */
import type { APIRoute } from 'astro';
import { briefing } from '../lib/briefing.ts';
import { serializeBriefing } from '../core/serialize-briefing.ts';

export const GET: APIRoute = () =>
  new Response(serializeBriefing(briefing), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
