/**
 * Feed items for the two RSS feeds: one per article, and one per article saying what it changed.
 * Dates are the articles' publication days at 00:00 UTC, so feeds never depend on the build's clock.
 */
import type { Briefing } from '../../core/model.ts';
import { articleAdditions } from './article-additions.ts';
import { additionsSummary } from './additions-summary.ts';
import { escapeHtml } from '../../format/escape-html.ts';
import { excerpt } from '../../format/excerpt.ts';
import { PAGE_SIZE, newestFirstPathOf } from './pages.ts';

/** One feed item, before `@astrojs/rss` renders it (it escapes every field for XML). */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  /** Readers render a description as HTML, so article text in it is escaped for HTML here, once more than XML needs. */
  description: string;
  categories: string[];
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/** Articles, newest first: headline, outlet and the first sentence. */
export function articleItems(briefing: Briefing, link: (path: string) => string): FeedItem[] {
  return briefing.articles.map((article) => ({
    title: article.title,
    link: link(`sources/${article.id}/`),
    pubDate: day(article.published),
    description: escapeHtml(
      `${article.outlet}${article.wire && article.wire !== article.outlet ? `, from ${article.wire}` : ''}: ${excerpt(article.sentences.map((s) => s.text).join(' '), 400)}`,
    ),
    categories: [...new Set(article.sentences.flatMap((sentence) => sentence.topics))],
  }));
}

/** What each article changed, newest first. */
export function updateItems(briefing: Briefing, link: (path: string) => string): FeedItem[] {
  const newestFirst = articleAdditions(briefing).reverse();
  return newestFirst.map((additions, position) => {
    const { article, newParticipants, superseded } = additions;
    const summary = additionsSummary(additions);
    return {
      title: `What changed: ${article.title}`,
      link: link(`${newestFirstPathOf(position, newestFirst.length, PAGE_SIZE.updates, 'updates/')}#update-${article.id}`),
      pubDate: day(article.published),
      description: escapeHtml(
        [
          `${article.outlet}${summary ? ` adds ${summary}` : ''}.`,
          newParticipants.length > 0 ? `First mentions: ${newParticipants.map((p) => p.name).join(', ')}.` : '',
          ...superseded.map(({ figure, previous }) => `Figure changed: ${figure.value}, previously ${previous.value}.`),
        ]
          .filter(Boolean)
          .join(' '),
      ),
      categories: [],
    };
  });
}
