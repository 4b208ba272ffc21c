/**
 * The dates stage: every dated statement of every article becomes a timeline event, dated
 * against the article's publication day with UTC arithmetic only.
 */
import type { TimelineEvent } from '../model.ts';
import type { ArticleReading } from '../reading/read-articles.ts';
import { anchorMention, daysOf, isQuoted, speakingDay, type DatedSentence } from './anchor-quoted-days.ts';
import { parseIsoDay } from './calendar.ts';
import { findDateMentions } from './find-date-mentions.ts';
import type { DateContext } from './date-rule.ts';

/** Events of one article, in sentence order, numbered from 1. */
function articleEvents(article: ArticleReading): TimelineEvent[] {
  const slug = article.parsed.input.slug;
  const published = parseIsoDay(article.parsed.input.published);
  const events: TimelineEvent[] = [];
  const history: DatedSentence[] = [];
  for (const paragraph of article.paragraphs) {
    let before = '';
    for (const { sentence, tokens } of paragraph.sentences) {
      const found = findDateMentions({ text: sentence.text, published, tokens });
      const spoken = speakingDay(history, published);
      const mentions = found.map((mention) =>
        mention.speechOffset !== undefined && spoken !== null && isQuoted(before, sentence.text, mention.start)
          ? anchorMention(mention, spoken)
          : mention,
      );
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
      history.push({ days: daysOf(mentions) });
      before += `${sentence.text} `;
    }
  }
  return events;
}

/** Dates every dated statement; events come ordered by date, then article and sentence. */
export function extractEvents(articles: readonly ArticleReading[]): TimelineEvent[] {
  const order = new Map<string, number>();
  const all: TimelineEvent[] = [];
  const slugOf = (article: ArticleReading) => article.parsed.input.slug;
  for (const article of [...articles].sort((a, b) => (slugOf(a) < slugOf(b) ? -1 : slugOf(a) > slugOf(b) ? 1 : 0))) {
    for (const { sentence } of article.sentences) order.set(sentence.id, order.size);
    all.push(...articleEvents(article));
  }
  // Array sort is stable, so events of one sentence and date keep their order in the text.
  return all.sort((a, b) => {
    if (a.date !== b.date) return a.date < b.date ? -1 : 1;
    return (order.get(a.sentence) ?? 0) - (order.get(b.sentence) ?? 0);
  });
}
