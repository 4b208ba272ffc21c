/**
 * The smallest element builder satori accepts: `{ type, props: { style, children } }`, the shape JSX
 * would produce. Children that are strings are text, never markup: satori lays them out as glyphs.
 */
import { textDirection } from './text-direction.ts';

/** Inline style of one element, in satori's camel-cased CSS. */
export type CardStyle = Record<string, string | number>;

/** A child: another element or a run of text. */
export type CardChild = CardElement | string;

/** One element of a card's tree. */
export interface CardElement {
  /** HTML element name (`div`). */
  type: string;
  /** Style and children. */
  props: { style: CardStyle; children?: CardChild | CardChild[] };
}

/**
 * Builds an element. `null` and `false` children are dropped, so optional parts read as
 * `role && text(...)`. A single child is passed alone, which text clamping needs.
 */
export function h(type: string, style: CardStyle, ...children: Array<CardChild | null | false | undefined>): CardElement {
  const kept = children.filter((child): child is CardChild => child !== null && child !== false && child !== undefined);
  if (kept.length === 0) return { type, props: { style } };
  return { type, props: { style, children: kept.length === 1 ? kept[0] : kept } };
}

/**
 * A block of text cut to `lines` lines, with an ellipsis where it was cut; long words break. satori clamps
 * without `overflow: hidden`, which would cost a mask. A text that starts in a right-to-left script is laid
 * out right to left, as `dir="auto"` would in a browser.
 */
export function clampedText(text: string, lines: number, style: CardStyle): CardElement {
  const direction: CardStyle = textDirection(text) === 'rtl' ? { direction: 'rtl' } : {};
  return h('div', { display: 'block', lineClamp: lines, textOverflow: 'ellipsis', overflowWrap: 'anywhere', ...direction, ...style }, text);
}
