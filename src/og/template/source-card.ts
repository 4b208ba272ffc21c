/** A source page: the headline, the article's lead sentence whole, the outlet and date, whose wire copy it carries, and its topic. */
import type { SourceContent } from '../card-content.ts';
import { clampedText, h, type CardElement } from './h.ts';
import { BODY_HEIGHT, EYEBROW_HEIGHT, frame, titleHeight } from './frame.ts';
import { fitText } from './fit-text.ts';
import { leadBlock } from './lead-block.ts';
import { COLOURS, TEXT_WIDTH } from './theme.ts';

/** Sizes the headline may take, largest first, and the share of the body it may use with a lead below. */
const HEADLINE_SIZES = [56, 50, 44, 40, 36] as const;
const HEADLINE_SHARE = 0.45;
const GAP = 18;

/** `NZ Herald · Sat 16 Aug 2025 · from Reuters`. */
function attribution(content: SourceContent): string {
  const wire = content.wire !== null && content.wire !== content.outlet ? ` · from ${content.wire}` : '';
  return `${content.outlet} · ${content.date}${wire}`;
}

/** The source card's element tree. */
export function sourceCard(content: SourceContent): CardElement {
  const body = BODY_HEIGHT - EYEBROW_HEIGHT;
  const room = content.lead ? body * HEADLINE_SHARE : body - 60;
  const headline = fitText(content.headline, HEADLINE_SIZES, TEXT_WIDTH, room, 1.16);
  const used = titleHeight(headline.lines, headline.size) + GAP;
  return frame(
    { colour: COLOURS.accent, eyebrow: 'Source', brand: content.brand, asOf: content.asOf },
    clampedText(content.headline, headline.lines, {
      fontSize: headline.size,
      fontWeight: 700,
      lineHeight: 1.16,
      color: COLOURS.ink,
      flexShrink: 0,
      marginBottom: GAP,
    }),
    content.lead
      ? leadBlock({
          text: content.lead,
          attribution: attribution(content),
          topic: content.topic,
          colour: COLOURS.line,
          height: body - used,
          maxSize: 40,
        })
      : h(
          'div',
          { display: 'flex', marginTop: 'auto', flexShrink: 0 },
          clampedText(attribution(content), 1, { fontSize: 30, lineHeight: 1.35, color: COLOURS.muted }),
        ),
  );
}
