/**
 * The dates stage: every dated statement of every article becomes a timeline event (see
 * `read-article-dates.ts` for how sentences are dated). UTC arithmetic only; this file only wires
 * and orders.
 */
import type { TimelineEvent } from '../model.ts';
import type { ArticleReading } from '../reading/read-articles.ts';
import { frameOf } from './article-frame.ts';
import { readArticleDates } from './read-article-dates.ts';

/** Events of one article, in sentence order, numbered from 1: each date once per sentence. */
function articleEvents(article: ArticleReading): TimelineEvent[] {
  const slug = article.parsed.input.slug;
  const events: TimelineEvent[] = [];
  for (const [{ sentence }, mentions] of readArticleDates(article, frameOf(article))) {
    const seen = new Set<string>();
    for (const mention of mentions) {
      const key = `${mention.precision}:${mention.date}`;
      if (seen.has(key)) continue;
      seen.add(key);
      events.push({
        id: `${slug}#e-${events.length + 1}`,
        date: mention.date,
        precision: mention.precision,
        sentence: sentence.id,
        text: sentence.text,
        evidence: sentence.text.slice(mention.start, mention.end),
      });
    }
  }
  return events;
}

/** Dates every dated statement; events come ordered by date, then article (by id) and sentence. */
export function extractEvents(articles: readonly ArticleReading[]): TimelineEvent[] {
  const order = new Map<string, number>();
  const events: TimelineEvent[] = [];
  const slugOf = (article: ArticleReading) => article.parsed.input.slug;
  for (const article of [...articles].sort((a, b) => (slugOf(a) < slugOf(b) ? -1 : slugOf(a) > slugOf(b) ? 1 : 0))) {
    for (const { sentence } of article.sentences) order.set(sentence.id, order.size);
    events.push(...articleEvents(article));
  }
  // Array sort is stable, so events of one sentence and date keep their order in the text.
  const ranked = events.map((event) => ({ event, at: order.get(event.sentence) ?? 0 }));
  ranked.sort((a, b) => (a.event.date !== b.event.date ? (a.event.date < b.event.date ? -1 : 1) : a.at - b.at));
  return ranked.map((entry) => entry.event);
}
