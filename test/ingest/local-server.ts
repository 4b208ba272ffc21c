/** A local HTTP server on 127.0.0.1 for the fetch tests: each path answers as its route says. Never the internet. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Answers one request. */
export type Route = (request: IncomingMessage, response: ServerResponse) => void;

/** A running server: its base address and a way to stop it. */
export interface LocalServer {
  /** `http://127.0.0.1:<port>`. */
  base: string;
  /** Stops the server and drops open connections (a route that never answers). */
  close: () => Promise<void>;
}

/** Starts a server with `routes` by path; other paths answer 404. */
export async function startServer(routes: Record<string, Route>): Promise<LocalServer> {
  const server: Server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://x').pathname];
    if (route) route(request, response);
    else response.writeHead(404, { 'content-type': 'text/html' }).end('<p>Not here</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route that sends `body` with `headers`. */
export function send(
  body: string | Uint8Array,
  headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' },
  status = 200,
): Route {
  return (_request, response) => {
    response.writeHead(status, headers).end(body);
  };
}
