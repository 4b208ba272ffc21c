/**
 * Which sentence a card leads with. A card shows one sentence on its own, whole and legible, so it takes the
 * first of the candidates (given newest and most telling first) that stands alone and fits, and only falls back
 * to one that does not.
 */
import type { Article, Briefing, Sentence } from '../../core/model.ts';
import { formatDate } from '../../format/format-date.ts';
import type { CardLead, CardTopic } from '../card-content.ts';
import { LEANING_OPENERS, PRONOUN_SPEAKER } from '../words/leaning-openers.ts';

/** The longest sentence a card draws whole at a legible size. */
export const MAX_LEAD_CHARS = 240;

/** True when a sentence can be read without the one before it. */
export function standsAlone(text: string): boolean {
  const first = /^[\s“”"‘’'(]*([\p{L}']+)/u.exec(text)?.[1]?.toLowerCase() ?? '';
  return !LEANING_OPENERS.has(first) && !PRONOUN_SPEAKER.test(text) && !/:\s*$/.test(text);
}

/** The first candidate that stands alone and fits, else the first that fits, else the first; null with none. */
export function chooseLead<T extends { text: string }>(candidates: readonly T[]): T | null {
  const fits = (candidate: T) => candidate.text.length <= MAX_LEAD_CHARS;
  return candidates.find((candidate) => fits(candidate) && standsAlone(candidate.text)) ?? candidates.find(fits) ?? candidates[0] ?? null;
}

/** A topic by id as a card shows it, or null when the id is unknown or absent. */
export function cardTopic(briefing: Briefing, id: string | undefined): CardTopic | null {
  const topic = id === undefined ? undefined : briefing.topics.find((candidate) => candidate.id === id);
  return topic ? { id: topic.id, colour: topic.colour, title: topic.title } : null;
}

/** A sentence as a card's lead: its text, its article's outlet and day, and its first topic. */
export function leadOf(briefing: Briefing, sentence: Sentence, article: Article): CardLead {
  return {
    text: sentence.text,
    outlet: article.outlet,
    date: formatDate(article.published),
    topic: cardTopic(briefing, sentence.topics[0]),
  };
}
