/**
 * Page keys for Astro's incremental build (`experimental.incrementalBuild`): a page returned by
 * `getStaticPaths()` with a `cacheKey` is copied from the previous build when its key and its code (Astro hashes
 * the page's module graph) are both unchanged. A page's key is a hash of exactly what it renders from the
 * briefing: its own view (`*-keys.ts`, one function per page kind), what every page's frame shows (the
 * briefing's title and description, the topics in the menu, the site address and base path), and its share
 * card's meta tags.
 *
 * A page that shows something its key leaves out would be served stale: when a page is changed to show more,
 * its key function must take that too (the incremental-build test compares a rebuilt site with a clean build
 * byte for byte). `astro build --force` renders every page whatever the keys say.
 */
import { createHash } from 'node:crypto';
import { briefing, settings } from '../data/briefing.ts';
import { shareCardFor } from '../../og/share-cards.ts';

/** Changed by hand when what a key covers changes in a way the page code does not show (a new ref field). */
const KEY_VERSION = '1';

/** What the layout shows on every page (`Base.astro`), once per build. */
let frame: string | null = null;

function frameOfEveryPage(): string {
  frame ??= JSON.stringify([
    KEY_VERSION,
    settings.title,
    settings.description,
    import.meta.env.SITE ?? null,
    import.meta.env.BASE_URL,
    briefing.topics.map((topic) => [topic.id, topic.title, topic.question]),
  ]);
  return frame;
}

/** The share card meta tags of the page at `path` (`ShareMeta.astro`). */
function cardOf(path: string): unknown {
  const card = shareCardFor({ title: '', description: '', path }, briefing, settings);
  return [card.path, card.image, card.type, card.alt];
}

/**
 * The key of the page of kind `kind` at `path` (below the base, as the page passes it to the layout), which
 * renders `view`: plain data, the refs of `refs.ts` for whatever the page only refers to. (The dev server
 * renders every request afresh and ignores keys.)
 */
export function pageKey(kind: string, path: string, view: () => unknown): string {
  return createHash('sha256')
    .update(frameOfEveryPage())
    .update('\n')
    .update(JSON.stringify([kind, path, cardOf(path)]))
    .update('\n')
    .update(JSON.stringify(view()))
    .digest('base64url');
}
