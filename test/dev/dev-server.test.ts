/**
 * `astro dev` on a copy of the project: search is served, an edited article shows without a restart (and an
 * open page reloads by itself), and a broken article shows its problems until it is fixed. One server for the
 * whole file, started before the first test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/copy-project.ts';
import { hasBrowser, launchBrowser } from '../site/browser.ts';
import { article, tempDir } from '../trust/lib/stage.ts';

const scratch = tempDir('dev');
const project = join(scratch.dir, 'project');
const articles = join(project, 'articles');
const ID = '2025-08-14-trump-offers-hope-on-ukraine-security-guarantees';
let server: ChildProcess;
let origin = '';
let log = '';

/** This process's environment without the test runner's own variables (`NODE_ENV=test` makes Vite serve no pages). */
function devEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1' };
}

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves with `check`'s first truthy answer, asking every 250 ms; fails after `ms` with `what`. */
async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, ms = 90_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const answer = await check().catch(() => null);
    if (answer) return answer;
    if (Date.now() - started > ms) throw new Error(`gave up waiting for ${what}; the dev server said:\n${log.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function get(path: string): Promise<{ status: number; text: string; type: string }> {
  const response = await fetch(`${origin}${path}`);
  return { status: response.status, text: await response.text(), type: response.headers.get('content-type') ?? '' };
}

const headline = async (path: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec((await get(path)).text)?.[1] ?? null;

beforeAll(async () => {
  copyProject(project);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [join(project, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: project,
      env: devEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  // Without colours, which Astro's logger adds in CI even on a pipe.
  const keep = (chunk: string) => (log += chunk.replace(/\x1b\[[0-9;]*m/g, ''));
  server.stdout?.setEncoding('utf8').on('data', keep);
  server.stderr?.setEncoding('utf8').on('data', keep);
  await until('the dev server to answer', async () => (await get('/')).status === 200);
});

afterAll(() => {
  try {
    process.kill(-(server.pid ?? 0), 'SIGKILL');
  } catch {
    // already gone
  }
  scratch.remove();
});

describe('astro dev', () => {
  it('serves the search index the dev server built of its own pages', { timeout: 120_000 }, async () => {
    const script = await get('/pagefind/pagefind.js');
    expect(script.status).toBe(200);
    expect(script.type).toMatch(/javascript/);
    expect(script.text.length).toBeGreaterThan(1000);
    expect((await get('/pagefind/pagefind-entry.json')).text).toMatch(/"page_count":\s*3\d/);
    expect(log).toMatch(/\[dossier\] search: \d+ pages indexed/);
    expect((await get('/pagefind/..%2F..%2Fpackage.json')).status).toBe(404);
  });

  it('shows an edited article without a restart, and says search still has the old text', { timeout: 120_000 }, async () => {
    expect(await headline(`/sources/${ID}/`)).toBe('Trump offers hope on Ukraine security guarantees');
    writeFileSync(
      join(articles, `${ID}.md`),
      article({ title: 'Marigold headline after an edit', published: '2025-08-14', body: 'Witkoff met Putin in Moscow on Thursday.' }),
    );
    expect(await until('the edited headline', async () => (await headline(`/sources/${ID}/`)) === 'Marigold headline after an edit')).toBe(
      true,
    );
    expect(log).toContain('search still holds the articles as they were when the dev server started');
  });

  it('shows a new article, then the problems of a broken one until it is fixed', { timeout: 180_000 }, async () => {
    const added = '2025-12-04-erdogan-offers-istanbul';
    writeFileSync(
      join(articles, `${added}.md`),
      article({
        title: 'Erdogan offers talks in Istanbul',
        published: '2025-12-04',
        body: 'Turkish President Tayyip Erdogan offered to host talks.',
      }),
    );
    expect(await until('the new article', async () => (await get(`/sources/${added}/`)).status === 200)).toBe(true);

    // The dev server's error page draws the report in the browser; its console has it as text.
    const broken = join(articles, '2025-12-05-broken.md');
    writeFileSync(broken, '---\ntitle: Broken: yes\n---\n\nText.\n');
    try {
      expect(await until('the problem report', async () => (await get('/about/')).status === 500)).toBe(true);
      expect(log).toMatch(/articles\/2025-12-05-broken\.md:2:\d+ YAML syntax: /);
    } finally {
      rmSync(broken);
    }
    expect(await until('the fixed site', async () => (await get('/about/')).status === 200)).toBe(true);
  });

  describe.runIf(hasBrowser())('in a browser', () => {
    it('reloads an open page when its article changes', { timeout: 180_000 }, async () => {
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage();
        // Vite's client must have connected to the dev server before it can be told to reload.
        const connected = page.waitForEvent('console', {
          predicate: (message) => message.text().includes('[vite] connected'),
          timeout: 60_000,
        });
        await page.goto(`${origin}/sources/${ID}/`);
        await connected;
        writeFileSync(
          join(articles, `${ID}.md`),
          article({
            title: 'Zinnia headline after a second edit',
            published: '2025-08-14',
            body: 'Witkoff met Putin in Moscow on Friday.',
          }),
        );
        await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Zinnia headline after a second edit', undefined, {
          timeout: 90_000,
        });
      } finally {
        await browser.close();
      }
    });
  });
});
