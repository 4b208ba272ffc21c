/**
 * The dates stage: every dated statement of every article becomes a timeline event (see
 * `read-article-dates.ts` for how sentences are dated), and the events that tell one happening are
 * grouped into it (`group-happenings.ts`), but for those whose date only counts back to what the sentence does not
 * tell (`EventDraft.looksBack`). UTC arithmetic only; this file only wires and orders.
 */
import type { Happening, TimelineEvent } from '../model.ts';
import type { ArticleReading } from '../reading/read-articles.ts';
import { draftEvents, type EventDraft } from './event-draft.ts';
import { groupHappenings } from './group-happenings.ts';
import type { ArticleWatch } from '../watch.ts';
import { GENERIC_ZONES, type ZoneTable } from './zone-offsets.ts';

/**
 * Events by date, then article (by id) and sentence; with the happenings they tell. `zones`: the places known.
 * `drafts` gives an article's drafts (a caller may recall them from an earlier run: they depend on the article
 * and the places alone).
 */
export function extractTimeline(
  articles: readonly ArticleReading[],
  zones: ZoneTable = GENERIC_ZONES,
  watch: ArticleWatch = () => {},
  drafts: (article: ArticleReading) => EventDraft[] = (article) => draftEvents(article, zones),
): { events: TimelineEvent[]; happenings: Happening[] } {
  const order = new Map<string, number>();
  const all: EventDraft[] = [];
  const slugOf = (article: ArticleReading) => article.parsed.input.slug;
  for (const article of [...articles].sort((a, b) => (slugOf(a) < slugOf(b) ? -1 : slugOf(a) > slugOf(b) ? 1 : 0))) {
    watch(slugOf(article));
    for (const { sentence } of article.sentences) order.set(sentence.id, order.size);
    all.push(...drafts(article));
  }
  // Array sort is stable, so events of one sentence and date keep their order in the text.
  const ranked = all.map((draft) => ({ draft, date: draft.event.date, at: order.get(draft.event.sentence) ?? 0 }));
  ranked.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.at - b.at));
  const sorted = ranked.map((entry) => entry.draft);
  return { events: sorted.map((draft) => draft.event), happenings: groupHappenings(sorted.filter((draft) => !draft.looksBack)) };
}

/** Dates every dated statement; events come ordered by date, then article and sentence. */
export function extractEvents(articles: readonly ArticleReading[], zones: ZoneTable = GENERIC_ZONES): TimelineEvent[] {
  return extractTimeline(articles, zones).events;
}
