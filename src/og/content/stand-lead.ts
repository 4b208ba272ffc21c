/**
 * A card's lead from "Where things stand" (`where-things-stand.ts`): for a topic, its newest line; for the home page,
 * the newest line of any topic, the first topic's on a tie. The line's sentences whole, the outlet and day of the
 * sentence it shows (a fact several sources report shows one of them) and its topic; null when no line fits a card
 * whole.
 */
import type { Briefing } from '../../core/model.ts';
import type { BriefingIndex } from '../../site/data/briefing-index.ts';
import { formatDate } from '../../format/format-date.ts';
import { whereThingsStand, type StandLine } from '../../site/views/where-things-stand.ts';
import type { CardLead } from '../card-content.ts';
import { cardTopic, MAX_LEAD_CHARS } from './choose-lead.ts';

const textOf = (line: StandLine): string => line.parts.map((part) => part.text).join(' ');

/** The lead of the topic `topicId`, or of the whole briefing when it is absent. */
export function standLead(briefing: Briefing, index: BriefingIndex, topicId?: string): CardLead | null {
  const stands = whereThingsStand(briefing, index).topics.filter((stand) => topicId === undefined || stand.topic.id === topicId);
  // Newest first; stable, so a tie keeps the topics' order and each topic's own order.
  const lines = stands
    .flatMap((stand) => stand.lines.map((line) => ({ line, topic: stand.topic.id })))
    .sort((a, b) => (a.line.date < b.line.date ? 1 : a.line.date > b.line.date ? -1 : 0));
  for (const { line, topic } of lines) {
    const text = textOf(line);
    const shown = line.parts.at(-1)?.id ?? '';
    const article = index.article.get(index.sentence.get(shown)?.article ?? '');
    if (!article || text.length > MAX_LEAD_CHARS) continue;
    return { text, outlet: article.outlet, date: formatDate(article.published), topic: cardTopic(briefing, topic) };
  }
  return null;
}
