/** A source page: the outlet, the headline, the date, and whose wire copy it carries. */
import type { SourceContent } from '../card-content.ts';
import { h, clampedText, type CardElement } from './h.ts';
import { frame, title } from './frame.ts';
import { COLOURS, SIZES } from './theme.ts';

/** `Outlet · date`, then `Wire copy: Reuters` when the article carries a wire service's reporting. */
function byline(content: SourceContent): CardElement {
  const wire = content.wire !== null && content.wire !== content.outlet ? `${content.wire} wire copy` : null;
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', marginTop: 'auto', paddingTop: 24, flexShrink: 0 },
    clampedText(content.outlet, 1, { fontSize: 40, fontWeight: 700, lineHeight: 1.2, color: COLOURS.ink }),
    clampedText(wire ? `${content.date} · ${wire}` : content.date, 1, { fontSize: SIZES.statLabel + 4, lineHeight: 1.35, color: COLOURS.muted }),
  );
}

/** The source card's element tree. */
export function sourceCard(content: SourceContent): CardElement {
  return frame(
    { colour: COLOURS.accent, eyebrow: 'Source', brand: content.brand, asOf: content.asOf },
    title(content.headline, 3, 56),
    byline(content),
  );
}
