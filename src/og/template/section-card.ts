/** A section page (participants, sources, search, updates, about, not found) or any page without its own card. */
import type { SectionContent } from '../card-content.ts';
import type { CardElement } from './h.ts';
import { frame, paragraph, title } from './frame.ts';
import { statRow } from './stat-row.ts';
import { COLOURS } from './theme.ts';

/** The section card's element tree; the text gets more lines when there are no figures below it. */
export function sectionCard(content: SectionContent): CardElement {
  return frame(
    { colour: COLOURS.accent, eyebrow: content.eyebrow, brand: content.brand, asOf: content.asOf },
    title(content.title, 2),
    content.text !== '' && paragraph(content.text, content.stats.length > 0 ? 2 : 3),
    statRow(content.stats),
  );
}
