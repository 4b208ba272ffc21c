/** A section page (participants, sources, search, updates, about, not found) or any page without its own card. */
import type { SectionContent } from '../card-content.ts';
import { clampedText, h, type CardElement } from './h.ts';
import { BODY_HEIGHT, EYEBROW_HEIGHT, frame, title, titleHeight } from './frame.ts';
import { fitText, linesAt } from './fit-text.ts';
import { statRow } from './stat-row.ts';
import { COLOURS, SIZES, TEXT_WIDTH } from './theme.ts';

/** Sizes the text may take, largest first: it fills the space between the title and the figures. */
const TEXT_SIZES = [56, 48, 44, 40, 36, 32] as const;
/** Height of the row of figures, its top padding included, and the gap above the text. */
const STATS_HEIGHT = 104;
const GAP = 20;

/** The section card's element tree. */
export function sectionCard(content: SectionContent): CardElement {
  const titleLines = Math.min(2, linesAt(content.title, SIZES.title, TEXT_WIDTH));
  const room = BODY_HEIGHT - EYEBROW_HEIGHT - titleHeight(titleLines, SIZES.title) - GAP - (content.stats.length > 0 ? STATS_HEIGHT : 0);
  const fit = fitText(content.text, TEXT_SIZES, TEXT_WIDTH, room, 1.3);
  const text =
    content.text !== '' &&
    clampedText(content.text, fit.lines, { fontSize: fit.size, lineHeight: 1.3, color: COLOURS.muted, marginTop: GAP, flexShrink: 0 });
  const parts = { colour: COLOURS.accent, eyebrow: content.eyebrow, brand: content.brand, asOf: content.asOf };
  if (content.stats.length > 0) return frame(parts, title(content.title, 2), text, statRow(content.stats));
  // With no figures below, the title and text stand in the middle of the space, which leaves no band at the foot.
  return frame(
    parts,
    h(
      'div',
      { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, minHeight: 0 },
      title(content.title, 2),
      text,
    ),
  );
}
