/**
 * Share cards for a built site: every page's card is drawn (or found in `.cache/og/`) and copied into the
 * site's `og/` folder. Done by the integration after Astro has built the pages, rather than by an Astro route:
 * a route per card costs Astro's per-page work (about 2 ms) for what is a file copy when the card is cached.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ensureCards, type CardToEnsure, type EnsureResult } from '../og/ensure-cards.ts';

/** Draws the missing cards and copies every card into `siteDir`; what the ensure did. */
export async function writeShareCards(cards: readonly CardToEnsure[], siteDir: string, root: string): Promise<EnsureResult> {
  const result = await ensureCards(cards, { root });
  const made = new Set<string>();
  for (const card of cards) {
    const target = join(siteDir, card.image);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const file = result.files.get(card.image);
    if (!file) throw new Error(`share card ${card.image} has no image`);
    copyFileSync(file, target);
  }
  return result;
}
