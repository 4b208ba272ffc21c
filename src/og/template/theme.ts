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

/** Type sizes in pixels. */
export const SIZES = {
  eyebrow: 24,
  title: 62,
  text: 32,
  statValue: 40,
  statLabel: 22,
  brand: 26,
} as const;

/** Inner padding of the card, left of the colour bar excluded. */
export const PADDING = { top: 52, side: 64, right: 72 } as const;
