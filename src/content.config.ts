/**
 * Content collections. Articles come through the project's own boundary (the same reader the scripts and the
 * briefing use), so they are validated by one schema and never compiled as code: a glob loader would hand `.md`
 * bodies to the Markdown pipeline, which renders raw HTML. Topic introductions are trusted editorial MDX.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleFrontMatterSchema } from './boundary/article-schema.ts';
import { topicSchema } from './boundary/editorial-schemas.ts';
import { inputPathsFromEnv, loadInputs } from './boundary/load-inputs.ts';
import { InputErrors } from './boundary/input-error.ts';

const articles = defineCollection({
  loader: async () => {
    const { input, errors } = loadInputs(process.cwd(), inputPathsFromEnv(process.env));
    if (errors.length > 0) throw new InputErrors(errors);
    return input.articles.map((article) => ({ id: article.slug, ...article }));
  },
  schema: articleFrontMatterSchema.omit({ draft: true }).loose(),
});

const topics = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/topics' }),
  schema: topicSchema,
});

export const collections = { articles, topics };
