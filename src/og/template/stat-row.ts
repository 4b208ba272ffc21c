/** A row of figures with what they count: `14 articles · 9 independent sources · …`. */
import type { CardStat } from '../card-content.ts';
import { h, clampedText, type CardElement } from './h.ts';
import { COLOURS, SIZES } from './theme.ts';

/** Values this long (date ranges) give way first when the row is too wide; counts keep their width. */
const SHRINKABLE = 8;

/** One figure above its label; a long value shrinks and ends in an ellipsis rather than overflow. */
function stat(item: CardStat): CardElement {
  const shrink = item.value.length >= SHRINKABLE ? 1 : 0;
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', minWidth: shrink ? 0 : 'auto', maxWidth: 460, flexShrink: shrink },
    clampedText(item.value, 1, { fontSize: SIZES.statValue, fontWeight: 700, lineHeight: 1.2, color: COLOURS.ink }),
    clampedText(item.label, 1, { fontSize: SIZES.statLabel, lineHeight: 1.3, color: COLOURS.muted }),
  );
}

/** The stats in a row separated by thin rules, or null when there are none. */
export function statRow(stats: readonly CardStat[]): CardElement | null {
  if (stats.length === 0) return null;
  const cells: CardElement[] = [];
  stats.forEach((item, position) => {
    if (position > 0) cells.push(h('div', { width: 2, alignSelf: 'stretch', background: COLOURS.line, margin: '4px 30px', flexShrink: 0 }));
    cells.push(stat(item));
  });
  return h(
    'div',
    { display: 'flex', flexDirection: 'row', alignItems: 'stretch', marginTop: 'auto', paddingTop: 24, flexShrink: 0 },
    ...cells,
  );
}
