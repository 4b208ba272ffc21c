/**
 * A topic page: the topic's colour and title, and where it stands (its newest sentence, whole, with outlet and
 * day); with no sentence yet, its question and how much reporting it rests on.
 */
import type { TopicContent } from '../card-content.ts';
import type { CardElement } from './h.ts';
import { BODY_HEIGHT, EYEBROW_HEIGHT, frame, paragraph, title, titleHeight } from './frame.ts';
import { leadBlock } from './lead-block.ts';
import { statRow } from './stat-row.ts';
import { topicColour } from './topic-colour.ts';
import { SIZES } from './theme.ts';

/** Space between the title and the lead. */
const GAP = 16;

/** The topic card's element tree. */
export function topicCard(content: TopicContent): CardElement {
  const colour = topicColour(content.colour);
  const parts = { colour, eyebrow: 'Topic', brand: content.brand, asOf: content.asOf };
  if (content.lead) {
    return frame(
      parts,
      title(content.title, 1, SIZES.heading),
      leadBlock({
        text: content.lead.text,
        attribution: `${content.lead.outlet} · ${content.lead.date}`,
        topic: null,
        colour,
        height: BODY_HEIGHT - EYEBROW_HEIGHT - titleHeight(1, SIZES.heading) - GAP,
        maxSize: 58,
      }),
    );
  }
  return frame(parts, title(content.title, 2), paragraph(content.question, 3), statRow(content.stats));
}
