/**
 * The briefing's front page: where things stand (else the latest news), whole, with its outlet, day and topic. With no articles
 * yet, the briefing's title, its topics as coloured labels, and what the coverage amounts to.
 */
import type { CardTopic, HomeContent } from '../card-content.ts';
import { h, type CardElement } from './h.ts';
import { BODY_HEIGHT, EYEBROW_HEIGHT, frame, title } from './frame.ts';
import { leadBlock } from './lead-block.ts';
import { statRow } from './stat-row.ts';
import { topicChip } from './topic-chip.ts';
import { topicColour } from './topic-colour.ts';
import { COLOURS } from './theme.ts';

/** At most this many topic labels (two rows); the eyebrow counts them all. */
const MAX_TOPICS = 4;

/** The first labels, wrapped onto at most two rows by the container's height. */
function topicLabels(topics: readonly CardTopic[]): CardElement | null {
  if (topics.length === 0) return null;
  return h(
    'div',
    { display: 'flex', flexDirection: 'row', flexWrap: 'wrap', marginTop: 30, maxHeight: 108, overflow: 'hidden', flexShrink: 0 },
    ...topics.slice(0, MAX_TOPICS).map((topic) => topicChip(topic)),
  );
}

/** `Briefing · 4 topics`. */
function eyebrowOf(topics: number): string {
  if (topics === 0) return 'Briefing';
  return `Briefing · ${topics} topic${topics === 1 ? '' : 's'}`;
}

/** The home card's element tree. */
export function homeCard(content: HomeContent): CardElement {
  const { lead } = content;
  if (lead) {
    const colour = lead.topic ? topicColour(lead.topic.colour) : COLOURS.accent;
    return frame(
      { colour, eyebrow: content.leadFrom === 'stand' ? 'Where things stand' : 'Latest', brand: content.brand, asOf: content.asOf },
      leadBlock({
        text: lead.text,
        attribution: `${lead.outlet} · ${lead.date}`,
        topic: lead.topic,
        colour,
        height: BODY_HEIGHT - EYEBROW_HEIGHT,
      }),
    );
  }
  return frame(
    { colour: COLOURS.accent, eyebrow: eyebrowOf(content.topics.length), brand: content.brand, asOf: content.asOf },
    title(content.title, 2, 68),
    topicLabels(content.topics),
    statRow(content.stats),
  );
}
