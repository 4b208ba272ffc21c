/**
 * The peer the benchmark compares against: a plain Astro site built from the same Markdown files, one page
 * per article through a glob content loader, with no analysis, no share cards and no other pages. It is
 * what an editor would get from Astro alone, so every Dossier build time is reported as a ratio to it.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkPackages } from './snapshot-project.ts';

const CONFIG = `import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const articles = await getCollection('articles');
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}

const { article } = Astro.props;
const { Content } = await render(article);
---
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>{article.data.title}</title>
  </head>
  <body>
    <main>
      <h1>{article.data.title}</h1>
      <p>{article.data.outlet}, {article.data.published}</p>
      <Content />
    </main>
  </body>
</html>
`;

/** The content config: a glob loader over the articles folder (absolute, so the corpus stays where it is). */
function contentConfig(articlesDir: string): string {
  return `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: ${JSON.stringify(articlesDir)} }),
  schema: z.object({ title: z.string(), outlet: z.string(), published: z.coerce.string() }).passthrough(),
});

export const collections = { articles };
`;
}

/** Writes the peer site into `dir` (emptied first), reading articles from `articlesDir`, with packages from `nodeModules`. */
export function writePeerSite(dir: string, articlesDir: string, nodeModules: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src', 'content.config.ts'), contentConfig(articlesDir));
  writeFileSync(join(dir, 'src', 'pages', '[slug].astro'), PAGE);
  linkPackages(nodeModules, join(dir, 'node_modules'));
}
