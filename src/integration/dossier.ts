/**
 * The Dossier integration: with it, plain `astro build` makes the whole site and `astro dev` serves it. This file
 * only wires Astro's hooks to the build (`site-build.ts`) and the dev session (`dev-session.ts`).
 *
 * `DOSSIER_ARTICLES_DIR` names another articles folder and `DOSSIER_CONTENT_DIR` another editorial data folder
 * (both relative to the working folder); Astro's `--outDir` another output folder.
 */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_CONTENT_DIR, DEFAULT_INPUT_PATHS } from '../boundary/load-inputs.ts';
import { startDevSession, type DevSession } from './dev-session.ts';
import { startSiteBuild, type SiteBuild } from './site-build.ts';

/** The integration; add it after every integration that writes into the site (the swap must come last). */
export function dossier(): AstroIntegration {
  let build: SiteBuild | null = null;
  let dev: DevSession | null = null;
  return {
    name: 'dossier',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, createCodegenDir, logger }) => {
        const root = fileURLToPath(config.root);
        const articles = process.env.DOSSIER_ARTICLES_DIR
          ? resolve(process.env.DOSSIER_ARTICLES_DIR)
          : resolve(root, DEFAULT_INPUT_PATHS.articles);
        const content = process.env.DOSSIER_CONTENT_DIR ? resolve(process.env.DOSSIER_CONTENT_DIR) : resolve(root, DEFAULT_CONTENT_DIR);
        const say = (line: string) => logger.info(line);
        if (command === 'build') {
          build = await startSiteBuild({
            root,
            articles,
            content,
            outDir: fileURLToPath(config.outDir).replace(/\/$/, ''),
            cacheDir: fileURLToPath(config.cacheDir),
            site: config.site,
            base: config.base,
            // `astro build --force` renders every page; the build then reuses nothing of its own either.
            force: process.argv.includes('--force'),
            say,
            addressed: config.site !== undefined,
          });
          updateConfig({ outDir: pathToFileURL(`${build.scratch}/`) });
        } else if (command === 'dev') {
          dev?.close();
          const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
          dev = startDevSession({
            root,
            articles,
            content,
            workDir: fileURLToPath(createCodegenDir()),
            base,
            say,
            warn: (line) => logger.warn(line),
          });
        }
      },
      'astro:server:setup': ({ server }) => dev?.attach(server),
      'astro:server:start': ({ address }) => dev?.indexSearch(address),
      'astro:server:done': () => dev?.close(),
      'astro:build:done': async ({ pages }) => build?.finish(pages.length),
    },
  };
}
