/**
 * Makes sure every card's PNG is in the cache: keys every card, draws the missing ones in one parallel
 * batch, and says where each image is. A card whose key is cached is never drawn again.
 */
import { availableParallelism } from 'node:os';
import type { CardContent } from './card-content.ts';
import { cachedFile, defaultCacheDir, isCached } from './card-cache.ts';
import { cardKey } from './card-key.ts';
import { progressLine, type ProgressStream } from './progress-line.ts';
import { renderInPool, type RenderJob } from './render-pool.ts';
import { renderVersion } from './render-version.ts';

/** A card to ensure: its image path and what it shows. */
export interface CardToEnsure {
  /** Image path below the base (`og/topics/territory.png`). */
  image: string;
  /** What the card shows. */
  content: CardContent;
}

/** Where and how to ensure cards; every field has a default. */
export interface EnsureOptions {
  /** Project root: templates, fonts and the worker are found from here (default: the working folder). */
  root?: string;
  /** Cache folder (default `<root>/.cache/og`). */
  cacheDir?: string;
  /** Worker threads (default: `os.availableParallelism()`). */
  threads?: number;
  /** Where progress goes (default: standard error); null for silence. */
  stream?: ProgressStream | null;
}

/** What an ensure did, and where every image is. */
export interface EnsureResult {
  /** Cards drawn now (cards with equal content are drawn once). */
  rendered: number;
  /** Cards that were already cached. */
  cached: number;
  /** Cached PNG file of every image path. */
  files: Map<string, string>;
}

/** Ensures every card of `cards` is cached. */
export async function ensureCards(cards: readonly CardToEnsure[], options: EnsureOptions = {}): Promise<EnsureResult> {
  const root = options.root ?? process.cwd();
  const cacheDir = options.cacheDir ?? defaultCacheDir(root);
  const version = renderVersion(root);
  const files = new Map<string, string>();
  const missing = new Map<string, RenderJob>();
  let cached = 0;
  for (const card of cards) {
    const key = cardKey(card.content, version);
    files.set(card.image, cachedFile(cacheDir, key));
    if (missing.has(key)) continue;
    if (isCached(cacheDir, key)) cached += 1;
    else missing.set(key, { key, image: card.image, content: card.content });
  }
  const progress = progressLine(missing.size, options.stream === undefined ? process.stderr : options.stream);
  await renderInPool([...missing.values()], { root, cacheDir }, options.threads ?? availableParallelism(), () => progress.tick());
  progress.finish(missing.size, cached);
  return { rendered: missing.size, cached, files };
}
