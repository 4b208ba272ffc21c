/**
 * Keys of the paginated lists: participants, sources, the timeline and what changed. Each covers the page's own
 * items, where it sits among the pages, and the list-wide figures its heading and description give; see
 * `page-key.ts`.
 */
import type { Article, Participant, TimelineEvent } from '../../core/model.ts';
import { briefing, index } from '../briefing.ts';
import type { ArticleAdditions } from '../views/article-additions.ts';
import { PAGE_SIZE, pagePath } from '../views/pages.ts';
import { timelineMonths } from '../views/timeline-view.ts';
import { pageKey } from './page-key.ts';
import { articleRef, eventRef, participantRef, sentenceRef, statementRef } from './refs.ts';

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
    items.map((participant) => [participantRef(participant), participant.mentions.length, index.quotesBySpeaker.get(participant.id)?.length ?? 0]),
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

/** `timeline/[...page]`: the page's events, the first and last of all, and the month index. */
export function timelinePageKey({ items, current, last }: Listed<TimelineEvent>): string {
  return pageKey('timeline', pagePath('timeline/', current), () => {
    const ends = [briefing.events[0], briefing.events.at(-1)].map((event) => (event ? [event.date, event.precision] : null));
    return [current, last, briefing.events.length, ends, timelineMonths(briefing, PAGE_SIZE.timeline), items.map((event) => eventRef(index, event))];
  });
}

/** `updates/[...page]`: what each of the page's articles added, with everything an update names. */
export function updatesPageKey({ items, current, last }: Listed<ArticleAdditions>): string {
  return pageKey('updates', pagePath('updates/', current), () => [
    current,
    last,
    briefing.articles.length,
    items.map((update) => [
      articleRef(update.article),
      update.newParticipants.map(participantRef),
      update.newClaims.map((claim) => [claim.id, claim.summary, claim.independentSources]),
      update.corroborated.map((claim) => [claim.id, claim.summary, claim.independentSources]),
      update.events,
      update.figures,
      update.superseded.map(({ figure, previous }) => [figure, sentenceRef(index, figure.sentence), previous, sentenceRef(index, previous.sentence)]),
      update.shifts.map(({ statement, topic, previous }) => [
        participantRef(index.participant.get(statement.participant)),
        topic,
        statementRef(index, statement),
        statementRef(index, previous),
      ]),
    ]),
  ]);
}
