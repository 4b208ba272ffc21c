/**
 * A topic page's card: its title and where it stands (its newest "Where things stand" line, else its first sentence
 * in the newest article on the topic, with outlet and day); with no sentence yet, its question and how many sources
 * it rests on.
 */
import type { Article, Briefing, Topic } from '../../core/model.ts';
import type { ShareCard, TopicContent } from '../card-content.ts';
import { formatDate } from '../../format/format-date.ts';
import { cardBase, type CardSettings } from './card-base.ts';
import { chooseLead, leadOf } from './choose-lead.ts';
import { countStat, countText } from './count-stat.ts';
import { articleOf } from '../../core/ids.ts';
import { indexBriefing, type BriefingIndex } from '../../site/data/briefing-index.ts';
import { standLead } from './stand-lead.ts';

/** The articles that have at least one sentence filed under the topic. */
function articlesOf(topic: Topic, articles: ReadonlyMap<string, Article>): Article[] {
  const ids = new Set(topic.sentences.map(articleOf));
  return [...ids].flatMap((id) => articles.get(id) ?? []);
}

/** The card of one topic. */
export function describeTopic(
  briefing: Briefing,
  settings: CardSettings,
  topic: Topic,
  articles: ReadonlyMap<string, Article>,
  index: BriefingIndex = indexBriefing(briefing),
): ShareCard {
  const sources = articlesOf(topic, articles);
  const independent = new Set(sources.map((article) => article.sourceKey)).size;
  const newest = sources
    .map((article) => article.published)
    .sort()
    .at(-1);
  // The topic's sentences run newest article first: the candidates are those of the first article.
  const newestArticle = articles.get(articleOf(topic.sentences[0] ?? ''));
  const candidates = newestArticle ? newestArticle.sentences.filter((sentence) => sentence.topics.includes(topic.id)) : [];
  const sentence = chooseLead(candidates);
  const stand = standLead(briefing, index, topic.id);
  const fromStand = stand !== null;
  const lead =
    stand ??
    (newestArticle && sentence
      ? { ...leadOf(briefing, sentence, newestArticle), topic: { id: topic.id, colour: topic.colour, title: topic.title } }
      : null);
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
    lead,
  };
  const reach = `${countText(sources.length, 'source')}, ${countText(independent, 'independent source')}`;
  return {
    path: `topics/${topic.id}/`,
    image: `og/topics/${topic.id}.png`,
    type: 'website',
    alt: lead
      ? `Topic card: ${topic.title}. ${fromStand ? 'Where things stand' : 'Latest'}: “${lead.text}” ${lead.outlet}, ${lead.date}.`
      : `Topic card: ${topic.title}. ${topic.question} ${reach}${newest === undefined ? '' : `, newest report ${formatDate(newest)}`}.`,
    content,
  };
}
