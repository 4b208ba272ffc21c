/**
 * Builds a `ParsedArticle` by hand for stage tests: each paragraph is one sentence, or a list
 * of sentences. Keeps these tests independent of how the text stage splits sentences.
 */
import type { ParsedArticle, TextSentence } from '../../../src/core/stages.ts';
import { articleInput } from '../../helpers/article-input.ts';

/** What a test says about the article; everything else gets a plain default. */
export interface ArticleSpec {
  slug: string;
  published: string;
  outlet?: string;
  wire?: string | null;
  url?: string | null;
  dateline?: string | null;
}

/** A parsed article with the given paragraphs. */
export function articleFrom(spec: ArticleSpec, paragraphs: readonly (string | readonly string[])[]): ParsedArticle {
  const sentences: TextSentence[] = [];
  const built = paragraphs.map((paragraph, p) => {
    const texts = typeof paragraph === 'string' ? [paragraph] : paragraph;
    const own = texts.map((text) => {
      const index = sentences.length + 1;
      const sentence = { id: `${spec.slug}#s-${index}`, article: spec.slug, index, paragraph: p + 1, text };
      sentences.push(sentence);
      return sentence;
    });
    return { index: p + 1, text: texts.join(' '), sentences: own };
  });
  return {
    input: articleInput(spec.slug, built.map((p) => p.text).join('\n\n'), {
      outlet: spec.outlet ?? 'Test Wire',
      published: spec.published,
      wire: spec.wire ?? null,
      url: spec.url ?? null,
      dateline: spec.dateline ?? null,
    }),
    paragraphs: built,
    sentences,
  };
}
