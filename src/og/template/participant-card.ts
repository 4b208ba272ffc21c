/**
 * A participant page: name, kind and first stated role, and their latest statement, whole, with outlet, day and
 * topic; with none, how often the coverage quotes and mentions them.
 */
import type { ParticipantContent } from '../card-content.ts';
import { clampedText, type CardElement } from './h.ts';
import { BODY_HEIGHT, EYEBROW_HEIGHT, frame, paragraph, title, titleHeight } from './frame.ts';
import { leadBlock } from './lead-block.ts';
import { statRow } from './stat-row.ts';
import { topicColour } from './topic-colour.ts';
import { COLOURS, SIZES } from './theme.ts';

/** Height of the role line under the name, its margin included, and the space before the lead. */
const ROLE_HEIGHT = Math.ceil(SIZES.label * 1.35) + 4;
const GAP = 14;

/** The participant card's element tree, in the colour of the topic about who takes part. */
export function participantCard(content: ParticipantContent): CardElement {
  const colour = topicColour(content.colour);
  const parts = { colour, eyebrow: `Participant · ${content.kindLabel}`, brand: content.brand, asOf: content.asOf };
  if (content.lead) {
    return frame(
      { ...parts, eyebrow: `${content.kindLabel} · latest ${content.leadKind}` },
      title(content.name, 1, SIZES.heading),
      content.role &&
        clampedText(content.role, 1, { fontSize: SIZES.label, lineHeight: 1.35, color: COLOURS.muted, marginTop: 4, flexShrink: 0 }),
      leadBlock({
        text: content.lead.text,
        attribution: `${content.lead.outlet} · ${content.lead.date}`,
        topic: content.lead.topic,
        colour,
        height: BODY_HEIGHT - EYEBROW_HEIGHT - titleHeight(1, SIZES.heading) - (content.role ? ROLE_HEIGHT : 0) - GAP,
        maxSize: 52,
      }),
    );
  }
  return frame(parts, title(content.name, 2), content.role && paragraph(content.role, 2), statRow(content.stats));
}
