/** A topic page: the topic's colour, title and question, and how much reporting it rests on. */
import type { TopicContent } from '../card-content.ts';
import type { CardElement } from './h.ts';
import { frame, paragraph, title } from './frame.ts';
import { statRow } from './stat-row.ts';
import { topicColour } from './topic-colour.ts';

/** The topic card's element tree. */
export function topicCard(content: TopicContent): CardElement {
  return frame(
    { colour: topicColour(content.colour), eyebrow: 'Topic', brand: content.brand, asOf: content.asOf },
    title(content.title, 2),
    paragraph(content.question, 3),
    statRow(content.stats),
  );
}
