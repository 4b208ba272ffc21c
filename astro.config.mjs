// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

/** Where the site will be served: set at build time, defaults fit local preview. */
const site = process.env.SITE_URL || 'http://localhost:4321';
/** Path prefix, e.g. `/briefing/` for a GitHub Pages project site. */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The build script renders into a scratch folder and moves it into place only when everything succeeded.
  outDir: process.env.DOSSIER_OUT_DIR || 'dist',
  // Editorial MDX (topic introductions) goes through unified so remark-gfm applies; articles are never MDX.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }), syntaxHighlight: false },
  integrations: [mdx(), sitemap()],
  build: { format: 'directory', inlineStylesheets: 'never' },
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
