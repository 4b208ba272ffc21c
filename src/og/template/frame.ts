/**
 * The frame every card shares: paper background, a colour bar on the left (the topic's colour or the
 * accent), the card's own content, and the brand strip at the bottom. Exactly 1200×630; content that
 * would not fit is clipped by its own line clamps first and by the frame last.
 */
import { h, clampedText, type CardChild, type CardElement } from './h.ts';
import { BRAND_STRIP_HEIGHT, brandStrip } from './brand-strip.ts';
import { BAR_WIDTH, BODY_BOTTOM, CARD_HEIGHT, CARD_WIDTH, COLOURS, FONT_FAMILY, PADDING, SIZES } from './theme.ts';

/** Height of the body between the top padding and the brand strip. */
export const BODY_HEIGHT = CARD_HEIGHT - PADDING.top - BODY_BOTTOM - BRAND_STRIP_HEIGHT;
/** Height the eyebrow takes, its margin included. */
export const EYEBROW_HEIGHT = Math.ceil(SIZES.eyebrow * 1.25) + 14;
/** Line height of titles. */
const TITLE_LINE = 1.16;

/** Height a title of `lines` lines at `size` takes. */
export function titleHeight(lines: number, size: number): number {
  return Math.ceil(lines * size * TITLE_LINE);
}

/** What the frame needs besides the body. */
export interface FrameParts {
  /** Colour of the left bar and the eyebrow. */
  colour: string;
  /** Small uppercase label above the title. */
  eyebrow: string;
  /** Briefing title for the brand strip. */
  brand: string;
  /** `as of …` text, or null. */
  asOf: string | null;
}

/** The small uppercase label above a card's title. */
function eyebrow(text: string, colour: string): CardElement {
  return clampedText(text, 1, {
    fontSize: SIZES.eyebrow,
    fontWeight: 700,
    letterSpacing: '0.08em',
    textTransform: 'uppercase',
    lineHeight: 1.25,
    color: colour,
    marginBottom: 14,
    flexShrink: 0,
  });
}

/** A card's headline, cut to `lines` lines. */
export function title(text: string, lines: number, size: number = SIZES.title): CardElement {
  return clampedText(text, lines, { fontSize: size, fontWeight: 700, lineHeight: TITLE_LINE, color: COLOURS.ink, flexShrink: 0 });
}

/** Running text under the title, cut to `lines` lines. */
export function paragraph(text: string, lines: number, colour: string = COLOURS.muted): CardElement {
  return clampedText(text, lines, { fontSize: SIZES.text, lineHeight: 1.35, color: colour, marginTop: 20, flexShrink: 0 });
}

/**
 * The whole card around `body`. No box clips with `overflow: hidden`: satori draws each clipped box as an SVG
 * mask, and resvg paints every mask as a whole-card layer (35 ms a card instead of 5). Texts are clamped
 * instead, so nothing can spill.
 */
export function frame(parts: FrameParts, ...body: Array<CardChild | null | false>): CardElement {
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'row',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      background: COLOURS.paper,
      color: COLOURS.ink,
      fontFamily: FONT_FAMILY,
    },
    h('div', { width: BAR_WIDTH, height: '100%', flexShrink: 0, background: parts.colour }),
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        flexGrow: 1,
        minWidth: 0,
        padding: `${PADDING.top}px ${PADDING.right}px 0 ${PADDING.side}px`,
      },
      h(
        'div',
        { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0, paddingBottom: BODY_BOTTOM },
        eyebrow(parts.eyebrow, parts.colour),
        ...body,
      ),
      brandStrip(parts.brand, parts.asOf),
    ),
  );
}
