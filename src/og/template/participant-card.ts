/** A participant page: name, first stated role, and how often the coverage quotes and mentions them. */
import type { ParticipantContent } from '../card-content.ts';
import type { CardElement } from './h.ts';
import { frame, paragraph, title } from './frame.ts';
import { statRow } from './stat-row.ts';
import { topicColour } from './topic-colour.ts';

/** The participant card's element tree, in the colour of the topic about who takes part. */
export function participantCard(content: ParticipantContent): CardElement {
  return frame(
    { colour: topicColour(content.colour), eyebrow: `Participant · ${content.kindLabel}`, brand: content.brand, asOf: content.asOf },
    title(content.name, 2),
    content.role && paragraph(content.role, 2),
    statRow(content.stats),
  );
}
