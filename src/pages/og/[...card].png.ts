/**
 * Share images: one PNG per page card (`og/topics/territory.png`). When the build first loads this
 * route, every card is drawn, or found in `.cache/og/`, in one parallel batch; each request then
 * returns its cached bytes.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { briefing, settings } from '../../lib/briefing.ts';
import { shareCards } from '../../lib/share-cards.ts';
import { ensureCards } from '../../og/ensure-cards.ts';

const cards = shareCards(briefing, settings);
const ready = ensureCards(cards);
// A failed batch fails the first image request with its message, not the process with an unhandled rejection.
ready.catch(() => undefined);

/** `og/topics/territory.png` → `topics/territory`. */
function paramOf(image: string): string {
  return image.replace(/^og\//, '').replace(/\.png$/, '');
}

/** Waits for the batch, so its report comes before the route's pages are listed, not in the middle of them. */
export const getStaticPaths = (async () => {
  await ready;
  return cards.map((card) => ({ params: { card: paramOf(card.image) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { files } = await ready;
  const file = files.get(`og/${params.card ?? ''}.png`);
  if (!file) return new Response('No such share card', { status: 404 });
  return new Response(readFileSync(file), { headers: { 'Content-Type': 'image/png' } });
};
