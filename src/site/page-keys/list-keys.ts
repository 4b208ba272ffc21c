/**
 * Keys of the paginated lists: participants, sources, the timeline and what changed. Each covers the page's own
 * items, where it sits among the pages, and the list-wide figures its heading and description give; see
 * `page-key.ts`.
 */
import type { Article, Participant } from '../../core/model.ts';
import type { HappeningEntry } from '../views/happening-entry.ts';
import { briefing, index } from '../data/briefing.ts';
import type { ArticleAdditions } from '../views/article-additions.ts';
import { PAGE_SIZE, pagePath } from '../views/pages.ts';
import { timelineMonths, timelineView } from '../views/timeline-view.ts';
import { timelineDescription } from '../views/timeline-description.ts';
import { pageKey } from './page-key.ts';
import { articleRef, participantRef, viewRef } from './refs.ts';

/** One page of a list, as `listPages` gives it to the page. */
interface Listed<T> {
  items: readonly T[];
  current: number;
  last: number;
}

/** `participants/[...page]`: each participant with their mentions and quotes, and how many are unregistered. */
export function participantListKey({ items, current, last }: Listed<Participant>): string {
  return pageKey('participant-list', pagePath('participants/', current), () => [
    current,
    last,
    briefing.participants.length,
    briefing.participants.filter((participant) => !participant.registered).length,
    items.map((participant) => [
      participantRef(participant),
      participant.mentions.length,
      index.quotesBySpeaker.get(participant.id)?.length ?? 0,
    ]),
  ]);
}

/** `sources/[...page]`: each article with its number of sentences, and how many articles there are. */
export function sourceListKey({ items, current, last }: Listed<Article>): string {
  return pageKey('source-list', pagePath('sources/', current), () => [
    current,
    last,
    briefing.articles.length,
    items.map((article) => [articleRef(article), article.sentences.length]),
  ]);
}

/**
 * `timeline/[...page]` and `timeline/oldest/[...page]`: the page's entries, the counts and month index of the
 * whole timeline in that order, and on the first page what is still ahead on the briefing's date.
 */
export function timelinePageKey(order: 'newest' | 'oldest', { items, current, last }: Listed<HappeningEntry>): string {
  const path = order === 'newest' ? 'timeline/' : 'timeline/oldest/';
  return pageKey(`timeline-${order}`, pagePath(path, current), () => {
    const view = timelineView(briefing, index);
    const all = order === 'newest' ? view.newestFirst : view.oldestFirst;
    const whole = [view.newestFirst.length, view.scheduled.length, timelineMonths(all, PAGE_SIZE.timeline), timelineDescription(view)];
    return [current, last, briefing.asOf, whole, viewRef(index, [items, current === 1 ? view.ahead : []])];
  });
}

/** `timeline/scheduled/[...page]`: the page's scheduled happenings, split at the briefing's date. */
export function scheduledPageKey({ items, current, last }: Listed<HappeningEntry>): string {
  return pageKey('timeline-scheduled', pagePath('timeline/scheduled/', current), () => [
    current,
    last,
    briefing.asOf,
    viewRef(index, items),
  ]);
}

/** `updates/[...page]`: what each of the page's articles added, with everything an update names. */
export function updatesPageKey({ items, current, last }: Listed<ArticleAdditions>): string {
  return pageKey('updates', pagePath('updates/', current), () => [current, last, briefing.articles.length, viewRef(index, items)]);
}
