/**
 * `npm run screenshots -- [--site DIR] [--out DIR] [--topic ID]`: the README's screenshots of a built site, taken
 * in Chromium (playwright-core): the home page, a topic page and the timeline as a reader first sees them, and
 * the home page's share card as a link preview shows it, each at 1280 and 375 px wide.
 */
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { parseCommandLine } from '../src/cli/parse-command-line.ts';

const USAGE = `Usage: npm run screenshots -- [--site DIR] [--out DIR] [--topic ID]

Takes the README's screenshots of a built site (build it first: npm run build): the home page, a topic page and
the timeline as they first appear, and the home page's share card as a link preview shows it, each 1280 and
375 px wide, in the light colour scheme. Needs Chromium: CHROMIUM_PATH, default /usr/bin/chromium. The site must
be built for the root of its host (no BASE_PATH).

Options:
  --site DIR   the built site (default: dist)
  --out DIR    where the PNGs go (default: docs/screenshots)
  --topic ID   the topic page to take (default: the first in the menu)
  -h, --help   show this help`;

const { values } = parseCommandLine(USAGE, {
  options: { site: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'docs/screenshots' }, topic: { type: 'string' } },
});
const site = resolve(values.site);
const out = resolve(values.out);
const browserPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
for (const [what, path] of [
  ['built site', join(site, 'index.html')],
  ['Chromium', browserPath],
] as const) {
  if (!existsSync(path)) {
    process.stderr.write(`No ${what} at ${path}.\n`);
    process.exit(1);
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};
/** The site as a static host serves it, on 127.0.0.1 and a free port. */
const server = createServer((request, response) => {
  const path = normalize(join(site, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
  const file = path.startsWith(site) && existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  const found = file.startsWith(site) && existsSync(file) && statSync(file).isFile();
  response.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  if (found) createReadStream(file).pipe(response);
  else response.end('not found');
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const home = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const browser = await chromium.launch({
  executablePath: browserPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
mkdirSync(out, { recursive: true });
try {
  const topic =
    values.topic ??
    (await (async () => {
      const page = await browser.newPage();
      await page.goto(home);
      const href = await page.$eval('nav a[href^="/topics/"]', (link) => link.getAttribute('href') ?? '');
      await page.close();
      return href.split('/')[2] ?? '';
    })());
  const pages = [
    ['home', ''],
    ['topic', `topics/${topic}/`],
    ['timeline', 'timeline/'],
  ] as const;
  for (const width of [1280, 375] as const) {
    const page = await browser.newPage({ viewport: { width, height: width === 375 ? 812 : 800 }, colorScheme: 'light' });
    for (const [name, path] of pages) {
      const response = await page.goto(`${home}${path}`);
      if (response?.status() !== 200) throw new Error(`${home}${path} answered ${response?.status()}`);
      await page.screenshot({ path: join(out, `${name}-${width}.png`) });
      process.stdout.write(`wrote ${join(values.out, `${name}-${width}.png`)}\n`);
    }
    await page.close();
    // The share card as a preview shows it: across the width of the screen, less a margin. A blank page of its
    // own, since the site's pages forbid the inline style this one uses.
    const preview = await browser.newPage({ viewport: { width, height: 700 } });
    await preview.setContent(
      `<body style="margin:16px;background:#e9e7e2"><img src="${home}og/index.png" alt="" style="display:block;width:${Math.min(1200, width - 32)}px;border:1px solid #c9c6bf;border-radius:8px"></body>`,
    );
    await preview.waitForFunction(() => document.querySelector('img')?.complete === true);
    await preview.locator('img').screenshot({ path: join(out, `share-card-${width}.png`) });
    process.stdout.write(`wrote ${join(values.out, `share-card-${width}.png`)}\n`);
    await preview.close();
  }
} finally {
  await browser.close();
  server.close();
}
