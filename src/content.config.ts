/**
 * Content collections: the topic introductions, trusted editorial MDX. Articles are not a collection: they come
 * through the project's own boundary (`src/boundary/load-inputs.ts`, the reader the scripts share), once per
 * build in `src/site/data/briefing.ts`, so they are validated by one schema and never compiled as code. A glob
 * loader would hand `.md` bodies to the Markdown pipeline, which renders raw HTML, and a second loader would
 * read and store every article again.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { topicSchema } from './boundary/editorial-schemas.ts';
import { contentPaths, DEFAULT_CONTENT_DIR } from './boundary/load-inputs.ts';

/** The editorial data folder: `src/content`, or the one `npm run build -- --content DIR` names. */
const content = process.env.DOSSIER_CONTENT_DIR || DEFAULT_CONTENT_DIR;

const topics = defineCollection({
  loader: glob({ pattern: '*.mdx', base: contentPaths(content).topics }),
  schema: topicSchema,
});

export const collections = { topics };
