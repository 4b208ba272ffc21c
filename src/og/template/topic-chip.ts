/** A topic's title in a rounded outline of the topic's colour, as the site's topic labels look. */
import type { CardTopic } from '../card-content.ts';
import { clampedText, h, type CardElement } from './h.ts';
import { topicColour } from './topic-colour.ts';
import { SIZES } from './theme.ts';

/** The label; `margin` spaces it from what follows (rows of labels wrap). */
export function topicChip(topic: CardTopic, margin = '0 14px 14px 0'): CardElement {
  const colour = topicColour(topic.colour);
  return h(
    'div',
    {
      display: 'flex',
      maxWidth: '100%',
      border: `2px solid ${colour}`,
      borderRadius: 8,
      padding: '2px 12px',
      margin,
      flexShrink: 1,
      minWidth: 0,
    },
    clampedText(topic.title, 1, { fontSize: SIZES.label, fontWeight: 700, color: colour }),
  );
}
