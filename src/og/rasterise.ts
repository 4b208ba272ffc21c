/**
 * Element tree → SVG (satori, text drawn as paths) → PNG (resvg). No network and no system fonts, so
 * the same tree always gives the same bytes on any machine with the same packages.
 */
import satori, { type Font } from 'satori';
import { Resvg } from '@resvg/resvg-js';
import type { CardElement } from './template/h.ts';
import { CARD_HEIGHT, CARD_WIDTH, COLOURS } from './template/theme.ts';
import { fontsForText } from './fonts.ts';
import { cardText } from './template/card-text.ts';
import { encodeIndexedPng } from './encode-png.ts';

/** Drawn in place of an emoji (no bundled font has colour emoji): a small muted dot, not a missing-glyph box. */
const EMOJI_STAND_IN = `data:image/svg+xml;base64,${Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5.6" r="1.4" fill="${COLOURS.muted}"/></svg>`,
).toString('base64')}`;

/** Told about text no font can draw: satori's script code (`emoji`, `ja-JP`, `unknown`) and the characters. */
export type MissingGlyphs = (code: string, text: string) => void;

/**
 * The SVG of a card, with the fonts its text needs (`fontsForText`). When no font has a glyph, satori asks
 * for one: emoji get the stand-in; scripts without a bundled font get nothing (satori draws its
 * missing-glyph box), since fetching fonts would make builds depend on the network. `onMissing` hears
 * about both.
 */
export async function toSvg(
  element: CardElement,
  fonts: Font[] = fontsForText(cardText(element)),
  onMissing?: MissingGlyphs,
): Promise<string> {
  const loadAdditionalAsset = async (code: string, text: string): Promise<string> => {
    onMissing?.(code, text);
    return code === 'emoji' ? EMOJI_STAND_IN : '';
  };
  return satori(element, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts, loadAdditionalAsset });
}

/** The PNG of a card, 1200×630: indexed colour when the card allows it (`encode-png.ts`), else resvg's RGBA PNG. */
export async function rasterise(element: CardElement, fonts: Font[] = fontsForText(cardText(element))): Promise<Uint8Array> {
  const svg = await toSvg(element, fonts);
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return encodeIndexedPng({ width: image.width, height: image.height, pixels: image.pixels }) ?? image.asPng();
}
