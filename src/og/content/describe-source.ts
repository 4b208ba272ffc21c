/** A source page's card: outlet, headline, its lead sentence, date and topic, and the wire service when the article carries wire copy. */
import type { Article, Briefing } from '../../core/model.ts';
import type { ShareCard, SourceContent } from '../card-content.ts';
import { formatDate } from '../../format/format-date.ts';
import { cardBase, type CardSettings } from './card-base.ts';
import { cardTopic, chooseLead } from './choose-lead.ts';

/** How far into the article its lead is looked for. */
const LEAD_WINDOW = 3;

/** The card of one article. */
export function describeSource(briefing: Briefing, settings: CardSettings, article: Article): ShareCard {
  const lead = chooseLead(article.sentences.slice(0, LEAD_WINDOW));
  const topic = article.sentences.find((sentence) => sentence.topics.length > 0)?.topics[0];
  const content: SourceContent = {
    kind: 'source',
    ...cardBase(briefing, settings, false),
    outlet: article.outlet,
    headline: article.title,
    date: formatDate(article.published),
    wire: article.wire,
    lead: lead?.text ?? null,
    topic: cardTopic(briefing, topic),
  };
  const wire = article.wire !== null && article.wire !== article.outlet ? `, ${article.wire} wire copy` : '';
  return {
    path: `sources/${article.id}/`,
    image: `og/sources/${article.id}.png`,
    type: 'article',
    alt: `Source card: “${article.title}”, ${article.outlet}, ${content.date}${wire}.`,
    content,
  };
}
