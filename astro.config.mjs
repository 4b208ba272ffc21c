// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { siteAddress } from './src/boundary/site-address.ts';
import { dossier } from './src/integration/dossier.ts';

// Astro's telemetry stays off for every command of this project, however Astro is started.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

/**
 * Where the site will be served: `SITE_URL`, else `site` in src/content/briefing.yaml, else unknown. Unknown, the
 * pages link relatively and what needs an absolute address (share-card tags, feeds, sitemap) is left out.
 */
const site = siteAddress(import.meta.dirname, process.env).url ?? undefined;
/** Path prefix, e.g. `/briefing/` for a GitHub Pages project site. */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The dossier integration renders into a scratch folder beside it and moves that into place only when every
  // step succeeded (`astro build --outDir DIR` builds elsewhere).
  outDir: 'dist',
  // Editorial MDX (topic introductions) goes through unified so remark-gfm applies; articles are never MDX.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }), syntaxHighlight: false },
  // Dossier last: it analyses the articles before the pages, and indexes, adds share cards and swaps after them.
  // The sitemap lists absolute addresses, so it is made only when the address is known; the editors' page stays out.
  integrations: [mdx(), ...(site ? [sitemap({ filter: (page) => !new URL(page).pathname.endsWith('/editors/') })] : []), dossier()],
  // One page at a time: Astro's incremental build (below) needs it.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 1 },
  // Astro's caches, the incremental build's included, live in the project's own `.astro/`, which the build lock
  // guards (src/integration/build-lock.ts): two copies of the project linked to one node_modules never share them.
  cacheDir: './.astro/cache/',
  // A page whose `cacheKey` (src/site/page-keys/) and code are unchanged since the last build is copied from it
  // instead of rendered again; pages without one (home, about, feeds) are always rendered.
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // Astro's own content-asset wrapper carries a directive the bundler warns about on every MDX file; harmless.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
