/**
 * Lighthouse scores of built pages: serves the output folder on a local port and runs the `lighthouse`
 * command against Debian chromium (headless, no sandbox), with its default mobile emulation and
 * throttling, so the scores are those of a reader on a slow phone.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

/** Scores of one page, 0 to 100. */
export interface LighthouseScores {
  /** Page path below the site root (`/`, `/topics/territory/`). */
  page: string;
  /** Performance score. */
  performance: number | null;
  /** Accessibility score. */
  accessibility: number | null;
  /** Failing audits of the two categories, by id (empty when both score 100). */
  failing: string[];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
};

/** A static file server over `dir` on a free local port. */
function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs Lighthouse on each page of the site in `dist`; `root` is where the `lighthouse` package is installed. */
export async function runLighthouse(
  root: string,
  dist: string,
  pages: readonly string[],
  reportDir: string,
  chromePath = '/usr/bin/chromium',
): Promise<LighthouseScores[]> {
  const server = await serve(dist);
  const port = (server.address() as AddressInfo).port;
  const cli = join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const scores: LighthouseScores[] = [];
  try {
    for (const [index, page] of pages.entries()) {
      const output = join(reportDir, `lighthouse-${index}.json`);
      // Asynchronous, so this process keeps serving the pages while Lighthouse loads them.
      const result = await new Promise<number | null>((resolve) => {
        const child = spawn(
          process.execPath,
          [
            cli,
            `http://127.0.0.1:${port}${page}`,
            '--only-categories=performance,accessibility',
            '--output=json',
            `--output-path=${output}`,
            '--quiet',
            '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
          ],
          { env: { ...process.env, CHROME_PATH: chromePath }, stdio: 'ignore' },
        );
        child.on('close', resolve);
      });
      if (result !== 0 || !existsSync(output)) {
        scores.push({ page, performance: null, accessibility: null, failing: [`lighthouse exited with ${result}`] });
        continue;
      }
      scores.push(readScores(page, output));
    }
  } finally {
    server.close();
  }
  return scores;
}

/** Scores and failing audits from a Lighthouse JSON report. */
function readScores(page: string, file: string): LighthouseScores {
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { score: number | null; scoreDisplayMode: string }>;
  };
  const percent = (id: string) => {
    const score = report.categories[id]?.score;
    return score === null || score === undefined ? null : Math.round(score * 100);
  };
  const failing = Object.values(report.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => ref.id)
      .filter((id) => {
        const audit = report.audits[id];
        return audit !== undefined && audit.scoreDisplayMode !== 'notApplicable' && audit.score !== null && audit.score < 0.9;
      }),
  );
  return { page, performance: percent('performance'), accessibility: percent('accessibility'), failing };
}
