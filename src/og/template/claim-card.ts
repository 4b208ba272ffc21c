/** A claim page: the claim, whole, with its status, how many independent sources report it, since when, and its topic. */
import type { ClaimContent } from '../card-content.ts';
import type { CardElement } from './h.ts';
import { BODY_HEIGHT, EYEBROW_HEIGHT, frame } from './frame.ts';
import { leadBlock } from './lead-block.ts';
import { topicColour } from './topic-colour.ts';
import { COLOURS } from './theme.ts';

/** The claim card's element tree. */
export function claimCard(content: ClaimContent): CardElement {
  const colour = content.topic ? topicColour(content.topic.colour) : COLOURS.accent;
  return frame(
    { colour, eyebrow: `Claim · ${content.status}`, brand: content.brand, asOf: content.asOf },
    leadBlock({
      text: content.summary,
      attribution: `${content.sources} · first reported ${content.date}`,
      topic: content.topic,
      colour,
      height: BODY_HEIGHT - EYEBROW_HEIGHT,
    }),
  );
}
