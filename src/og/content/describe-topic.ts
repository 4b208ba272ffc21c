/** A topic page's card: title, question, and how many sources (and independent ones) it rests on. */
import type { Article, Briefing, Topic } from '../../core/model.ts';
import type { ShareCard } from '../../lib/share-cards.ts';
import type { TopicContent } from '../card-content.ts';
import { formatDate } from '../../lib/format-date.ts';
import { cardBase, type CardSettings } from './card-base.ts';
import { countStat, countText } from './count-stat.ts';

/** The articles that have at least one sentence filed under the topic. */
function articlesOf(topic: Topic, articles: ReadonlyMap<string, Article>): Article[] {
  const ids = new Set(topic.sentences.map((sentence) => sentence.split('#')[0] ?? ''));
  return [...ids].flatMap((id) => articles.get(id) ?? []);
}

/** The card of one topic. */
export function describeTopic(briefing: Briefing, settings: CardSettings, topic: Topic, articles: ReadonlyMap<string, Article>): ShareCard {
  const sources = articlesOf(topic, articles);
  const independent = new Set(sources.map((article) => article.sourceKey)).size;
  const newest = sources.map((article) => article.published).sort().at(-1);
  const content: TopicContent = {
    kind: 'topic',
    ...cardBase(briefing, settings),
    topic: topic.id,
    colour: topic.colour,
    title: topic.title,
    question: topic.question,
    stats: [
      countStat(sources.length, 'source'),
      countStat(independent, 'independent source'),
      ...(newest === undefined ? [] : [{ value: formatDate(newest), label: 'newest report' }]),
    ],
  };
  const reach = `${countText(sources.length, 'source')}, ${countText(independent, 'independent source')}`;
  return {
    path: `topics/${topic.id}/`,
    image: `og/topics/${topic.id}.png`,
    type: 'website',
    alt: `Topic card: ${topic.title}. ${topic.question} ${reach}${newest === undefined ? '' : `, newest report ${formatDate(newest)}`}.`,
    content,
  };
}
