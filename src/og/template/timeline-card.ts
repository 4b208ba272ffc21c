/** The timeline page: how many dated events, over what span, and the latest one. */
import type { TimelineContent } from '../card-content.ts';
import { h, clampedText, type CardElement } from './h.ts';
import { frame, title } from './frame.ts';
import { statRow } from './stat-row.ts';
import { COLOURS, SIZES } from './theme.ts';

/** The latest event: its date as a small label, its sentence in two lines at most. */
function latestEvent(latest: NonNullable<TimelineContent['latest']>): CardElement {
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', marginTop: 22, paddingLeft: 22, borderLeft: `4px solid ${COLOURS.line}`, flexShrink: 0 },
    clampedText(`Latest · ${latest.date}`, 1, { fontSize: SIZES.statLabel, fontWeight: 700, color: COLOURS.muted, lineHeight: 1.4 }),
    clampedText(latest.text, 2, { fontSize: 30, lineHeight: 1.35, color: COLOURS.ink }),
  );
}

/** The timeline card's element tree. */
export function timelineCard(content: TimelineContent): CardElement {
  return frame(
    { colour: COLOURS.accent, eyebrow: 'Timeline', brand: content.brand, asOf: content.asOf },
    title(content.title, 1),
    content.latest && latestEvent(content.latest),
    statRow(content.stats),
  );
}
