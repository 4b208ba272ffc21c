/** The timeline page: the latest dated event, whole, with its date, who reported it and its topic; with none, the count. */
import type { TimelineContent } from '../card-content.ts';
import type { CardElement } from './h.ts';
import { BODY_HEIGHT, EYEBROW_HEIGHT, frame, title, titleHeight } from './frame.ts';
import { leadBlock } from './lead-block.ts';
import { statRow } from './stat-row.ts';
import { COLOURS, SIZES } from './theme.ts';

const GAP = 16;

/** The timeline card's element tree: the event's date is the title. */
export function timelineCard(content: TimelineContent): CardElement {
  const { latest } = content;
  const events = content.stats[0];
  const eyebrow = `Timeline${events ? ` · ${events.value} ${events.label}` : ''}`;
  const parts = { colour: COLOURS.accent, eyebrow, brand: content.brand, asOf: content.asOf };
  if (!latest) return frame(parts, title(content.title, 1), statRow(content.stats));
  return frame(
    parts,
    title(`Latest: ${latest.date}`, 1, SIZES.heading),
    leadBlock({
      text: latest.text,
      attribution: latest.outlet ? `Reported by ${latest.outlet}` : '',
      topic: latest.topic,
      colour: COLOURS.accent,
      height: BODY_HEIGHT - EYEBROW_HEIGHT - titleHeight(1, SIZES.heading) - GAP,
      maxSize: 58,
    }),
  );
}
