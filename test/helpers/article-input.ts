/** An `ArticleInput` for stage tests: slug and body, with plain defaults for every other field. */
import type { ArticleInput } from '../../src/core/model.ts';

export function articleInput(slug: string, body: string, fields: Partial<ArticleInput> = {}): ArticleInput {
  return {
    slug,
    file: `articles/${slug}.md`,
    title: slug,
    outlet: 'Wire',
    published: '2025-11-30',
    url: null,
    dateline: null,
    wire: null,
    body,
    ...fields,
  };
}
