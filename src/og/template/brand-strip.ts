/** The strip along the bottom of every card: the briefing's mark and title, and how recent it is. */
import { h, clampedText, type CardElement } from './h.ts';
import { COLOURS, SIZES } from './theme.ts';

/** Height of the strip, border included. */
export const BRAND_STRIP_HEIGHT = 92;

/** A small square in the accent colour with a lighter bar: the briefing's mark. */
function mark(): CardElement {
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'flex-end',
      width: 30,
      height: 30,
      flexShrink: 0,
      background: COLOURS.accent,
      borderRadius: 4,
      padding: 6,
      marginRight: 16,
    },
    h('div', { height: 4, background: COLOURS.paper, borderRadius: 2 }),
  );
}

/** Brand title on the left, `as of …` on the right. */
export function brandStrip(brand: string, asOf: string | null): CardElement {
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'row',
      alignItems: 'center',
      justifyContent: 'space-between',
      height: BRAND_STRIP_HEIGHT,
      flexShrink: 0,
      borderTop: `2px solid ${COLOURS.line}`,
      fontSize: SIZES.brand,
    },
    h(
      'div',
      { display: 'flex', flexDirection: 'row', alignItems: 'center', minWidth: 0, flexShrink: 1, marginRight: 32 },
      mark(),
      clampedText(brand, 1, { fontWeight: 700, color: COLOURS.ink, minWidth: 0 }),
    ),
    asOf && h('div', { display: 'flex', flexShrink: 0, color: COLOURS.muted }, asOf),
  );
}
