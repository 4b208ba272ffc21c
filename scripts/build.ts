/**
 * `npm run build -- [--articles DIR] [--content DIR] [--out DIR] [--force]`: `astro build`, with this project's
 * options mapped onto it (`--out` onto Astro's `--outDir`, `--articles` onto `DOSSIER_ARTICLES_DIR`, `--content`
 * onto `DOSSIER_CONTENT_DIR`, `--force` onto Astro's own). Everything else, from the
 * analysis to the swap into the output folder, is the project's integration (`src/integration/`), so
 * `npx astro build` builds the same site. A signal to this script is passed on to the build.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCommandLine } from '../src/cli/parse-command-line.ts';

const USAGE = `Usage: npm run build -- [--articles DIR] [--content DIR] [--out DIR] [--force]

Builds the site: analyses the articles, renders every page, indexes search, adds share cards, and moves the
new site into the output folder only when every step succeeded. Runs \`astro build\`.

Options:
  --articles DIR  articles folder (default: articles)
  --content DIR   editorial data folder: topics/, participants.yaml, places.yaml, briefing.yaml (default: src/content)
  --out DIR       output folder (default: dist)
  --force         build everything afresh: reuse no page, analysis or search index of an earlier build
  -h, --help      show this help

Environment: SITE_URL (or site: in src/content/briefing.yaml) and BASE_PATH say where the site will be served;
with no address, link previews, feeds and the sitemap are left out (see README.md, Deploying).`;

const { values } = parseCommandLine(USAGE, {
  options: {
    articles: { type: 'string' },
    content: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});

const root = resolve(import.meta.dirname, '..');
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const env = {
  // Node keeps the modules it compiled (TypeScript stripped, V8 code) here, so the next build starts faster.
  NODE_COMPILE_CACHE: join(root, '.astro', 'compile-cache'),
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  ...(values.articles ? { DOSSIER_ARTICLES_DIR: resolve(values.articles) } : {}),
  ...(values.content ? { DOSSIER_CONTENT_DIR: resolve(values.content) } : {}),
};
const args = [astro, 'build', ...(values.out ? ['--outDir', resolve(values.out)] : []), ...(values.force ? ['--force'] : [])];

const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? 128 + (signal ? constants.signals[signal] : 0)));
