/**
 * Keys of the paginated lists: participants, sources, the timeline and what changed. Each covers the page's own
 * items, where it sits among the pages, and the list-wide figures its heading and description give; see
 * `page-key.ts`. Lists that grow at one end (`SteppedPage`) show list-wide figures on their first page only, so
 * their older pages' keys leave them out and those pages are copied from the previous build as the list grows.
 */
import type { Article, Claim, Participant } from '../../core/model.ts';
import type { HappeningEntry } from '../views/happening-entry.ts';
import { briefing, index } from '../data/briefing.ts';
import { CLAIM_WORDS, type ArticleAdditions } from '../views/article-additions.ts';
import { claimWording } from '../views/claim-happening.ts';
import { pagePath, type SteppedPage } from '../views/pages.ts';
import { timelineMonths, timelineView } from '../views/timeline-view.ts';
import { timelineDescription } from '../views/timeline-description.ts';
import { pageKey } from './page-key.ts';
import { articleRef, participantRef, placeRef, viewRef } from './refs.ts';

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
 * Timeline entries as `HappeningList` shows them: every field but `who`, the people an entry's sentences name,
 * which only the home page's what's next shows; their roles change with every article that names them.
 */
function timelineEntriesRef(entries: readonly HappeningEntry[]): string {
  return viewRef(
    index,
    entries.map(({ happening, lead, clause, speaker, sources, topics }) => [happening, lead, clause, speaker, sources, topics]),
  );
}

/**
 * `timeline/[...page]` and `timeline/oldest/[...page]`: the page's entries and neighbours; on the first page
 * also the counts, month index and description of the whole timeline and what is still ahead on the briefing's
 * date.
 */
export function timelinePageKey(order: 'newest' | 'oldest', page: SteppedPage<HappeningEntry>['props']): string {
  return pageKey(`timeline-${order}`, page.path, () => {
    if (!page.first) return [placeRef(page), timelineEntriesRef(page.items)];
    const view = timelineView(briefing, index);
    const months = timelineMonths(view, order);
    const whole = [view.newestFirst.length, view.scheduled.length, months, timelineDescription(view)];
    return [placeRef(page), briefing.asOf, whole, timelineEntriesRef(page.items), timelineEntriesRef(view.ahead)];
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

/**
 * Updates as the updates page shows them: each claim by its wording and, when corroborated, its sources as they
 * stood then, rather than whole, so a claim that later articles report again leaves the older updates naming it
 * as they were.
 */
function updatesRef(updates: readonly ArticleAdditions[]): string {
  const worded = (claim: Claim) => claimWording(index, claim, CLAIM_WORDS);
  return viewRef(
    index,
    updates.map((update) => ({
      ...update,
      newClaims: update.newClaims.map(worded),
      corroborated: update.corroborated.map(({ claim, sources }) => [worded(claim), sources]),
    })),
  );
}

/**
 * `updates/[...page]`: what each of the page's articles added, with everything an update names, and on the
 * first page how many articles there are.
 */
export function updatesPageKey(page: SteppedPage<ArticleAdditions>['props']): string {
  return pageKey('updates', page.path, () => [placeRef(page), page.first ? briefing.articles.length : null, updatesRef(page.items)]);
}
