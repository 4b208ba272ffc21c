/**
 * A card's news line: one sentence, whole, at the largest size the space allows, set off by a rule in the card's
 * colour, with who published it and when below, and its topic as a label. Sized to fill its box, so the card has
 * no empty band, and never below 32 px, which reads at 16 px on a half-size preview (600 × 315).
 */
import type { CardTopic } from '../card-content.ts';
import { clampedText, h, type CardElement } from './h.ts';
import { fitText, textWidthEm } from './fit-text.ts';
import { topicChip } from './topic-chip.ts';
import { COLOURS, LEAD_SIZES, SIZES, TEXT_WIDTH } from './theme.ts';

/** Line height of the lead. */
const LEAD_LINE = 1.26;
/** The rule to the left of the lead and the gap after it. */
const RULE = 6;
const RULE_GAP = 26;
/** Height the attribution line takes below the lead, its margin included, and a second line when the topic wraps. */
const ATTRIBUTION_HEIGHT = 58;
const WRAPPED_TOPIC = 46;
/** Gap between the attribution and the topic label, and the label's padding and border across. */
const TOPIC_GAP = 18;
const CHIP_EXTRA = 28;

/** What the block shows. */
export interface LeadParts {
  /** The sentence. */
  text: string;
  /** Who published it and when (`NZ Herald · Sat 16 Aug 2025`). */
  attribution: string;
  /** A topic label after the attribution, or null. */
  topic: CardTopic | null;
  /** Colour of the rule. */
  colour: string;
  /** Height available to the whole block. */
  height: number;
  /** Largest size to try (a headline above may ask for smaller). */
  maxSize?: number;
}

/** The block: the lead sized to fit, then the attribution and topic on one line. */
export function leadBlock(parts: LeadParts): CardElement {
  const sizes = LEAD_SIZES.filter((size) => size <= (parts.maxSize ?? Number.POSITIVE_INFINITY));
  const width = TEXT_WIDTH - RULE - RULE_GAP;
  const along =
    (textWidthEm(parts.attribution) + (parts.topic ? textWidthEm(parts.topic.title) * 1.08 : 0)) * SIZES.label +
    (parts.topic ? TOPIC_GAP + CHIP_EXTRA : 0);
  const below = ATTRIBUTION_HEIGHT + (along > width ? WRAPPED_TOPIC : 0);
  const fit = fitText(parts.text, sizes, width, parts.height - below, LEAD_LINE);
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, minHeight: 0 },
    h(
      'div',
      { display: 'flex', flexDirection: 'row', flexShrink: 0 },
      h('div', { width: RULE, flexShrink: 0, background: parts.colour, borderRadius: 3, marginRight: RULE_GAP }),
      clampedText(parts.text, fit.lines, { fontSize: fit.size, lineHeight: LEAD_LINE, color: COLOURS.ink, minWidth: 0, flexShrink: 1 }),
    ),
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'row',
        flexWrap: 'wrap',
        alignItems: 'center',
        marginTop: 18,
        paddingLeft: RULE + RULE_GAP,
        flexShrink: 0,
      },
      clampedText(parts.attribution, 1, {
        fontSize: SIZES.label,
        lineHeight: 1.35,
        color: COLOURS.muted,
        marginRight: TOPIC_GAP,
        maxWidth: '100%',
      }),
      parts.topic && topicChip(parts.topic, '4px 0'),
    ),
  );
}
