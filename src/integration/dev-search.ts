/**
 * Search in the dev server. Pagefind indexes built pages, which a dev server has none of, so once at start
 * the searchable pages are fetched from the running server itself and indexed into the integration's folder
 * under `.astro/`; a middleware serves that index at `<base>pagefind/`, as a build does. Changing an article
 * afterwards leaves the index as it was (the dev session says so); a restart indexes again.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import * as pagefind from 'pagefind';

/** Content types of the files Pagefind writes; its index files are binary. */
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** How many pages are fetched from the dev server at once. */
const AT_ONCE = 4;

/** `http://127.0.0.1:4321` for the address a dev server listens on. */
export function originOf(address: AddressInfo): string {
  const wildcard = address.address === '::' || address.address === '0.0.0.0';
  const host = wildcard ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** Fetches `paths` (below `base`) from the server at `origin` and writes their index into `dir`; how many pages it holds. */
export async function indexDevPages(origin: string, base: string, paths: readonly string[], dir: string): Promise<number> {
  rmSync(dir, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`search indexing could not start: ${errors.join('; ')}`);
    let pages = 0;
    for (let start = 0; start < paths.length; start += AT_ONCE) {
      await Promise.all(
        paths.slice(start, start + AT_ONCE).map(async (path) => {
          const response = await fetch(new URL(`${base}${path}`, origin));
          if (!response.ok) throw new Error(`the dev server answered ${response.status} for ${base}${path}`);
          // Below the base, as a build's index has them: the search page adds the base.
          const added = await index.addHTMLFile({ url: `/${path}`, content: await response.text() });
          if (added.errors.length > 0) throw new Error(`indexing ${path} failed: ${added.errors.join('; ')}`);
          if (added.file.uniqueWords > 0) pages += 1;
        }),
      );
    }
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length > 0) throw new Error(`writing the search index failed: ${written.errors.join('; ')}`);
    return pages;
  } finally {
    await pagefind.close();
  }
}

/**
 * A middleware serving the index in `ready` (a folder, once written) at `<base>pagefind/`; other requests pass
 * on. A request that comes before the index is written waits for it.
 */
export function serveDevIndex(base: string, ready: () => Promise<string> | null) {
  const prefix = `${base}pagefind/`;
  return async (request: IncomingMessage, response: ServerResponse, next: () => void): Promise<void> => {
    const path = (request.url ?? '').split('?')[0] ?? '';
    const pending = ready();
    if (!path.startsWith(prefix) || pending === null) return next();
    try {
      const dir = await pending;
      const file = normalize(join(dir, decodeURIComponent(path.slice(prefix.length))));
      if (!file.startsWith(`${dir}${sep}`) || !existsSync(file) || !statSync(file).isFile()) {
        response.statusCode = 404;
        response.end('Not in the search index');
        return;
      }
      response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
      response.end(readFileSync(file));
    } catch (error) {
      response.statusCode = 503;
      response.end(`The dev server has no search index: ${(error as Error).message}`);
    }
  };
}
