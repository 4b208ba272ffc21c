/** Minimal model values for view tests: articles with one sentence each, claims over them. */
import type { Article, Briefing, Claim, Sentence } from '../../src/core/model.ts';

/** A sentence of article `article` at position `index`. */
export function sentenceOf(article: string, index = 1, text = `Sentence ${index} of ${article}.`): Sentence {
  return { id: `${article}#s-${index}`, article, index, paragraph: 1, text, topics: [], assignments: [], participants: [] };
}

/** An article with `sentences` plain sentences. */
export function articleOf(id: string, published: string, outlet = 'The Daily', sentences = 1): Article {
  return {
    id,
    title: `Title of ${id}`,
    outlet,
    wire: null,
    published,
    url: null,
    dateline: null,
    sourceKey: outlet,
    paragraphs: 1,
    sentences: Array.from({ length: sentences }, (_, i) => sentenceOf(id, i + 1)),
  };
}

/** A claim over the first sentence of each article. */
export function claimOver(articles: readonly Article[], id = 'c-test'): Claim {
  return {
    id,
    kind: 'fact',
    summary: 'A claim.',
    sentences: articles.map((article) => `${article.id}#s-1`),
    outlets: [...new Set(articles.map((article) => article.outlet))].sort(),
    independentSources: new Set(articles.map((article) => article.sourceKey)).size,
    status: 'corroborated',
    topics: [],
    firstReported: articles.map((article) => article.published).sort()[0] ?? '',
  };
}

/** `YYYY-MM-DD` of `days` after `start`. */
export function dayAfter(start: string, days: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A briefing of `parts`, every list not given empty: title `T`, no date, schema version 1. */
export function briefingOf(parts: Partial<Briefing> = {}): Briefing {
  return {
    schemaVersion: 1,
    title: 'T',
    asOf: null,
    articles: [],
    topics: [],
    participants: [],
    quotes: [],
    statements: [],
    events: [],
    happenings: [],
    figures: [],
    claims: [],
    ...parts,
  } as Briefing;
}
