import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, type FetchLimits } from '../../src/ingest/fetch/fetch-page.ts';
import { startServer, send, type LocalServer } from './local-server.ts';
import { ROOT, readArticlesIn, useTempDirs, type CliRun } from './run-cli.ts';

const tempDir = useTempDirs();
const LIMITS: FetchLimits = { timeoutMs: 5_000, maxBytes: 64 * 1024 };

/** A news page written for these tests, with its metadata in meta tags and JSON-LD. */
const PAGE = `<!doctype html><html><head>
<title>Umerov and Driscoll hold talks in Abu Dhabi | The Gulf Ledger</title>
<meta property="og:site_name" content="The Gulf Ledger">
<meta property="article:published_time" content="2025-11-25T18:40:00+04:00">
<link rel="canonical" href="/world/umerov-driscoll-talks">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-11-25"}</script>
<script>window.loadAds && loadAds()</script>
</head><body><nav>Home · World</nav><article><h1>Umerov and Driscoll hold talks in Abu Dhabi</h1>
<p>ABU DHABI (Reuters) - Rustem Umerov and Dan Driscoll met in Abu Dhabi on Tuesday to go through the revised peace plan point by point.</p>
<p>Advertisement</p>
<p>The meeting lasted several hours, according to two officials who were briefed on it and asked not to be named.</p>
<p>Both sides said they would report back to their capitals before any further round of talks.</p>
</article></body></html>`;

/** The same story with no metadata at all. */
const BARE = PAGE.replace(/<meta[^>]*>|<link[^>]*>|<script type="application\/ld\+json">.*?<\/script>/g, '');

/** `node scripts/ingest.ts ...args` without blocking this process, which serves the pages. */
function runIngestAsync(args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'ingest.ts'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

let server: LocalServer;
let closedPort: string;
beforeAll(async () => {
  server = await startServer({
    '/story': send(PAGE),
    '/bare': send(BARE),
    '/moved': (_request, response) => response.writeHead(301, { location: '/story' }).end(),
    '/latin1': send(
      Buffer.from(
        '<html><head><title>Caf\u00e9 talks</title></head><body><p>Caf\u00e9 diplomacy in Gen\u00e8ve went on into the night, officials said.</p></body></html>',
        'latin1',
      ),
      { 'content-type': 'text/html; charset=iso-8859-1' },
    ),
    // Windows-1252 writes curly quotes as bytes 0x93 and 0x94.
    '/meta-charset': send(
      Buffer.concat([
        Buffer.from('<html><head><meta charset="windows-1252"><title>T</title></head><body><p>'),
        Buffer.from([0x93]),
        Buffer.from('We are close'),
        Buffer.from([0x94]),
        Buffer.from(', Witkoff said.</p></body></html>'),
      ]),
      {},
    ),
    '/untyped': send('<!doctype html><html><body><p>A page without a declared type.</p></body></html>', {}),
    '/pdf': send('%PDF-1.4 not a page', { 'content-type': 'application/pdf' }),
    '/json': send('{"headline":"x"}', { 'content-type': 'application/json' }),
    '/untyped-binary': send(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), {}),
    '/gone': send('<p>Gone</p>', { 'content-type': 'text/html' }, 410),
    '/huge-declared': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(LIMITS.maxBytes + 1) });
      response.end('<p>'.padEnd(LIMITS.maxBytes + 1, 'x'));
    },
    '/huge-streamed': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = '<p>'.padEnd(16 * 1024, 'x');
      for (let i = 0; i < 8; i += 1) response.write(chunk);
      response.end();
    },
    '/silent': () => {
      // Never answers: only the time limit ends the request.
    },
    '/loop': (_request, response) => response.writeHead(302, { location: '/loop' }).end(),
    '/to-file': (_request, response) => response.writeHead(302, { location: 'file:///etc/passwd' }).end(),
  });
  const other = await startServer({});
  closedPort = other.base;
  await other.close();
});
afterAll(() => server.close());

describe('fetchPage', () => {
  it('fetches a page, following redirects, and says where it finally came from', async () => {
    const page = await fetchPage(`${server.base}/moved`, LIMITS);
    expect(page.url).toBe(`${server.base}/story`);
    expect(page.html).toBe(PAGE);
    expect(page.bytes).toBe(Buffer.byteLength(PAGE));
  });

  it.each([
    ['the Content-Type charset', '/latin1', 'Café diplomacy in Genève'],
    ['a <meta charset> when the header has none', '/meta-charset', '\u201cWe are close\u201d'],
    ['an HTML answer with no type', '/untyped', 'A page without a declared type.'],
  ])('decodes by %s', async (_name, path, text) => {
    expect((await fetchPage(`${server.base}${path}`, LIMITS)).html).toContain(text);
  });

  it.each([
    ['a PDF', '/pdf', /^expected an HTML page, got application\/pdf$/],
    ['JSON', '/json', /^expected an HTML page, got application\/json$/],
    ['binary bytes with no type', '/untyped-binary', /^expected an HTML page/],
    ['an HTTP error', '/gone', /^the server answered 410 Gone$/],
    ['a missing page', '/nowhere', /^the server answered 404 Not Found$/],
    ['a page declared over the limit', '/huge-declared', /^the page is over the 0\.0625 MB limit for a page/],
    ['a page that grows over the limit', '/huge-streamed', /^the page is over the 0\.0625 MB limit for a page$/],
    ['a redirect loop', '/loop', /^could not fetch it: /],
    ['a redirect to a file: address', '/to-file', /^could not fetch it: /],
  ])('refuses %s in one line', async (_name, path, message) => {
    await expect(fetchPage(`${server.base}${path}`, LIMITS)).rejects.toThrow(message);
  });

  it('gives up after the time limit', async () => {
    await expect(fetchPage(`${server.base}/silent`, { ...LIMITS, timeoutMs: 200 })).rejects.toThrow(
      /^could not fetch it: no complete answer within 0\.2 s$/,
    );
  });

  it('names a refused connection', async () => {
    await expect(fetchPage(`${closedPort}/story`, LIMITS)).rejects.toThrow(/^could not fetch it: connection refused \(ECONNREFUSED\)$/);
  });
});

describe('ingest of a web address', () => {
  it('writes the article with the fields the page gives and says where each came from', async () => {
    const out = tempDir('fetch');
    const run = await runIngestAsync([`${server.base}/story`, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [first, fields] = run.stdout.split('\n');
    expect(first).toMatch(
      new RegExp(
        `^wrote .*2025-11-25-umerov-and-driscoll-hold-talks-in-abu-dhabi\\.md from ${server.base}/story \\(3 paragraphs, fetched ${Math.ceil(Buffer.byteLength(PAGE) / 1024)} KB\\)$`,
      ),
    );
    expect(fields).toBe(
      '  fields: title from the page title, outlet from og:site_name, published from article:published_time, url from the canonical link, dateline from the body, wire from the body',
    );
    const text = [...readArticlesIn(out).values()][0] ?? '';
    expect(text).toContain(`outlet: The Gulf Ledger\npublished: 2025-11-25\nurl: ${server.base}/world/umerov-driscoll-talks\n`);
    expect(text).not.toMatch(/Advertisement|loadAds|Home/);
  });

  it('lets flags win over the page, and falls back to the fetched address for the url', async () => {
    const out = tempDir('flags');
    const run = await runIngestAsync([`${server.base}/bare`, '--outlet', 'Syndicated Desk', '--published', '2025-11-26', '--out', out]);
    expect(run.stdout.split('\n')[1]).toBe(
      '  fields: title from the page title, outlet from --outlet, published from --published, url from the fetched address, dateline from the body, wire from the body',
    );
    expect([...readArticlesIn(out).values()][0]).toContain(`url: ${server.base}/bare\n`);
  });

  it('names the input and the flag to pass when the page gives no outlet', async () => {
    const out = tempDir('no-outlet');
    const run = await runIngestAsync([`${server.base}/bare`, '--published', '2025-11-26', '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `error: ${server.base}/bare: missing --outlet (the publication that printed the article; the input does not name it)\n`,
    );
  });

  it('reports a failed fetch in one line and goes on with the next input', async () => {
    const out = tempDir('next');
    const run = await runIngestAsync([`${server.base}/pdf`, `${closedPort}/x`, `${server.base}/story`, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `error: ${server.base}/pdf: expected an HTML page, got application/pdf`,
      `error: ${closedPort}/x: could not fetch it: connection refused (ECONNREFUSED)`,
    ]);
    expect(readArticlesIn(out).size).toBe(1);
  });

  it('refuses a --timeout that is not a number of seconds', async () => {
    const run = await runIngestAsync([`${server.base}/story`, '--timeout', 'soon']);
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe('error: --timeout must be a number of seconds from 0.1 to 600, got "soon"');
  });
});
