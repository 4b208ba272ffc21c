/** The timeline page's card: how many dated events, the span they cover, and the latest one. */
import type { Briefing } from '../../core/model.ts';
import { articleOf } from '../../core/ids.ts';
import type { ShareCard, TimelineContent } from '../card-content.ts';
import { cardBase, type CardSettings } from './card-base.ts';
import { countStat, countText } from './count-stat.ts';
import { shortDate, shortDateRange } from './short-date.ts';
import { cardTopic } from './choose-lead.ts';

/** The timeline card. Events come sorted by date, so the latest is the last. */
export function describeTimeline(briefing: Briefing, settings: CardSettings): ShareCard {
  const first = briefing.events[0];
  const latest = briefing.events.at(-1);
  const articleId = latest ? articleOf(latest.sentence) : '';
  const article = briefing.articles.find((candidate) => candidate.id === articleId);
  const topics = article?.sentences.find((sentence) => sentence.id === latest?.sentence)?.topics ?? [];
  const span = first && latest ? shortDateRange(first, latest) : null;
  const content: TimelineContent = {
    kind: 'timeline',
    ...cardBase(briefing, settings),
    title: 'Timeline',
    stats: [countStat(briefing.events.length, 'dated event'), ...(span === null ? [] : [{ value: span, label: 'span' }])],
    latest: latest ? { date: shortDate(latest), text: latest.text, outlet: article?.outlet ?? '', topic: cardTopic(briefing, topics[0]) } : null,
  };
  const summary = `${countText(briefing.events.length, 'dated event')}${span ? `, ${span}` : ''}`;
  return {
    path: 'timeline/',
    image: 'og/timeline.png',
    type: 'website',
    alt: `Timeline card: ${summary}.${content.latest ? ` Latest, ${content.latest.date}: ${content.latest.text}` : ''}`,
    content,
  };
}
