/**
 * The card's look, taken from the site's stylesheet (`src/styles/global.css`, light scheme) so a shared
 * link looks like the page it leads to. Headings and text share one family, Noto Sans; a card with text in
 * another script gets that script's font as a fallback (`../fonts.ts`).
 */

/** Card size: the 1.91:1 image Open Graph and large link previews expect. */
export const CARD_WIDTH = 1200;
/** Card height. */
export const CARD_HEIGHT = 630;

/** Colours of the light scheme (`--bg`, `--fg`, `--muted`, `--line`, `--panel`, `--accent`). */
export const COLOURS = {
  paper: '#fdfcfa',
  ink: '#1b1d21',
  muted: '#4f5560',
  line: '#d9d6cf',
  panel: '#f3f1ec',
  accent: '#0b57a4',
} as const;

/** Font family names as registered in `src/og/fonts.ts`: the first, then the others as fallbacks. */
export const FONT_FAMILY = 'Noto Sans';

/** Type sizes in pixels; none under 24, which a half-size preview (600 × 315) shows at 12. */
export const SIZES = {
  eyebrow: 24,
  title: 62,
  /** A title above a lead. */
  heading: 52,
  text: 32,
  /** Attributions, roles and topic labels. */
  label: 26,
  statValue: 40,
  statLabel: 24,
  brand: 26,
} as const;

/** The sizes a lead sentence may take, largest first: the largest that fits is used. */
export const LEAD_SIZES = [72, 64, 58, 52, 48, 44, 40, 36, 32] as const;

/** Inner padding of the card, left of the colour bar excluded. */
export const PADDING = { top: 52, side: 64, right: 72 } as const;

/** Width of the colour bar on the left. */
export const BAR_WIDTH = 16;

/** Width of the card's text column. */
export const TEXT_WIDTH = CARD_WIDTH - BAR_WIDTH - PADDING.side - PADDING.right;

/** Space below the body, above the brand strip. */
export const BODY_BOTTOM = 36;
