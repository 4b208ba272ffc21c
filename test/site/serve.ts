/**
 * A minimal static server for a built site, on 127.0.0.1 and a free port, as a static host would serve it:
 * `dir/` answers `dir/index.html`, unknown paths get `404.html` with status 404.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { BuiltSite } from './sites.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/** A running server and the address of the site's home page on it. */
export interface Served {
  server: Server;
  home: string;
  close: () => Promise<void>;
}

export async function serveSite(site: BuiltSite): Promise<Served> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file: string | null = null;
    if (path.startsWith(site.base)) {
      const candidate = normalize(join(site.dir, path.slice(site.base.length)));
      if (candidate.startsWith(site.dir)) {
        const resolved = existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, 'index.html') : candidate;
        if (existsSync(resolved) && statSync(resolved).isFile()) file = resolved;
      }
    }
    const status = file ? 200 : 404;
    const body = file ?? join(site.dir, '404.html');
    response.writeHead(status, { 'Content-Type': TYPES[extname(body)] ?? 'application/octet-stream' });
    createReadStream(body).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    home: `http://127.0.0.1:${port}${site.base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
