/** The briefing's front page: its title, its topics as coloured labels, and what the coverage amounts to. */
import type { CardTopic, HomeContent } from '../card-content.ts';
import { h, clampedText, type CardElement } from './h.ts';
import { frame, title } from './frame.ts';
import { statRow } from './stat-row.ts';
import { topicColour } from './topic-colour.ts';
import { COLOURS } from './theme.ts';

/** At most this many topic labels (two rows); the eyebrow counts them all. */
const MAX_TOPICS = 4;

/** A topic title in a rounded outline of the topic's colour. */
function topicLabel(topic: CardTopic): CardElement {
  const colour = topicColour(topic.colour);
  return h(
    'div',
    { display: 'flex', maxWidth: '100%', border: `2px solid ${colour}`, borderRadius: 8, padding: '4px 14px', margin: '0 14px 14px 0' },
    clampedText(topic.title, 1, { fontSize: 26, fontWeight: 700, color: colour }),
  );
}

/** The first labels, wrapped onto at most two rows by the container's height. */
function topicLabels(topics: readonly CardTopic[]): CardElement | null {
  if (topics.length === 0) return null;
  return h(
    'div',
    { display: 'flex', flexDirection: 'row', flexWrap: 'wrap', marginTop: 30, maxHeight: 108, overflow: 'hidden', flexShrink: 0 },
    ...topics.slice(0, MAX_TOPICS).map(topicLabel),
  );
}

/** `Briefing · 4 topics`. */
function eyebrowOf(topics: number): string {
  if (topics === 0) return 'Briefing';
  return `Briefing · ${topics} topic${topics === 1 ? '' : 's'}`;
}

/** The home card's element tree. */
export function homeCard(content: HomeContent): CardElement {
  return frame(
    { colour: COLOURS.accent, eyebrow: eyebrowOf(content.topics.length), brand: content.brand, asOf: content.asOf },
    title(content.title, 2, 68),
    topicLabels(content.topics),
    statRow(content.stats),
  );
}
