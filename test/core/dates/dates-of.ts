/** Runs the dates stage on hand-built articles and lists what it dated, compactly, for table tests. */
import { extractEvents, extractTimeline } from '../../../src/core/dates/extract-events.ts';
import type { ZoneTable } from '../../../src/core/dates/zone-offsets.ts';
import { readArticles } from '../../../src/core/reading/read-articles.ts';
import { articleFrom, type ArticleSpec } from './article-from.ts';

/** `date/precision` of every event of one article, in timeline order. */
export function datesOfArticle(spec: ArticleSpec, paragraphs: readonly (string | readonly string[])[]): string[] {
  return extractEvents(readArticles([articleFrom(spec, paragraphs)])).map((e) => `${e.date}/${e.precision}`);
}

/** `date/precision` of the events of the last sentence of an article; `zones`: the places known (generic ones by default). */
export function datesOfLast(spec: ArticleSpec, paragraphs: readonly (string | readonly string[])[], zones?: ZoneTable): string[] {
  const article = articleFrom(spec, paragraphs);
  const last = article.sentences.at(-1)?.id;
  return extractEvents(readArticles([article]), zones)
    .filter((e) => e.sentence === last)
    .map((e) => `${e.date}/${e.precision}`);
}

/** The timeline of several articles. */
export function timelineOf(articles: ReadonlyArray<[ArticleSpec, readonly (string | readonly string[])[]]>) {
  return extractTimeline(readArticles(articles.map(([spec, paragraphs]) => articleFrom(spec, paragraphs))));
}

export const day = (date: string): string => `${date}/day`;
export const month = (date: string): string => `${date}/month`;
export const year = (date: string): string => `${date}/year`;
