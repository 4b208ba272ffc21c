/**
 * Share images for the dev server: one PNG per page card (`og/topics/territory.png`), drawn or found in
 * `.cache/og/` when the route is first loaded. A build lists no cards here: the integration writes every card
 * into the site after the pages (`src/integration/write-cards.ts`), where a cached card costs a copy.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { briefing, settings } from '../../site/data/briefing.ts';
import { shareCards } from '../../og/share-cards.ts';
import { ensureCards, type EnsureResult } from '../../og/ensure-cards.ts';

let ready: Promise<EnsureResult> | null = null;

/** Every card ensured once per dev server; a failure reaches the image request with its message. */
function ensured(): Promise<EnsureResult> {
  ready ??= ensureCards(shareCards(briefing, settings));
  return ready;
}

/** `og/topics/territory.png` → `topics/territory`. */
function paramOf(image: string): string {
  return image.replace(/^og\//, '').replace(/\.png$/, '');
}

export const getStaticPaths = (() => {
  if (!import.meta.env.DEV) return [];
  return shareCards(briefing, settings).map((card) => ({ params: { card: paramOf(card.image) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { files } = await ensured();
  const file = files.get(`og/${params.card ?? ''}.png`);
  if (!file) return new Response('No such share card', { status: 404 });
  return new Response(readFileSync(file), { headers: { 'Content-Type': 'image/png' } });
};
