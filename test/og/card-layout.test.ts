/**
 * The seeds' share cards, drawn: no empty band across the card (the largest run of blank rows between the top of
 * the text and the brand strip stays under a fifth of the card), for every card a build makes. The PNGs go to
 * test/.tmp/og/seeds for a person to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/boundary/load-inputs.ts';
import { analyze } from '../../src/core/analyze.ts';
import { shareCards } from '../../src/og/share-cards.ts';
import { toSvg } from '../../src/og/rasterise.ts';
import { BRAND_STRIP_HEIGHT } from '../../src/og/template/brand-strip.ts';
import { cardElement } from '../../src/og/template/card-element.ts';
import { BAR_WIDTH, CARD_HEIGHT, CARD_WIDTH, PADDING } from '../../src/og/template/theme.ts';
import { SAMPLE_SETTINGS } from './sample-briefing.ts';
import { defaultStory, storyInputs } from '../helpers/stories.ts';

const OUT = join(process.cwd(), 'test/.tmp/og/seeds');
mkdirSync(OUT, { recursive: true });
const root = resolve(import.meta.dirname, '../..');
const cards = shareCards(analyze(loadInputs(root, storyInputs(defaultStory)).input), SAMPLE_SETTINGS);
/** The largest blank band allowed: a fifth of the card's height. */
const MAX_BAND = CARD_HEIGHT / 5;

/** The longest run of rows of the text column, from the first inked row to the brand strip, with nothing drawn. */
function largestBand(pixels: Uint8Array): number {
  const paper = [pixels[(60 * CARD_WIDTH + 600) * 4], pixels[(60 * CARD_WIDTH + 600) * 4 + 1], pixels[(60 * CARD_WIDTH + 600) * 4 + 2]];
  const blank = (y: number) => {
    for (let x = BAR_WIDTH + PADDING.side; x < CARD_WIDTH - PADDING.right; x += 1) {
      const at = (y * CARD_WIDTH + x) * 4;
      if (
        Math.abs((pixels[at] ?? 0) - (paper[0] ?? 0)) +
          Math.abs((pixels[at + 1] ?? 0) - (paper[1] ?? 0)) +
          Math.abs((pixels[at + 2] ?? 0) - (paper[2] ?? 0)) >
        24
      )
        return false;
    }
    return true;
  };
  let largest = 0;
  let run = 0;
  let started = false;
  for (let y = PADDING.top; y < CARD_HEIGHT - BRAND_STRIP_HEIGHT; y += 1) {
    if (!blank(y)) {
      started = true;
      largest = Math.max(largest, run);
      run = 0;
    } else if (started) run += 1;
  }
  return Math.max(largest, run);
}

describe('the seeds’ share cards', () => {
  it('are many, of every kind', () => {
    expect(new Set(cards.map((card) => card.content.kind))).toEqual(
      new Set(['home', 'topic', 'participant', 'source', 'timeline', 'claim', 'section']),
    );
  });

  it.each(cards.map((card) => [card.image, card] as const))('%s has no empty band', async (image, card) => {
    const svg = await toSvg(cardElement(card.content));
    const rendered = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
    writeFileSync(join(OUT, image.replace(/^og\//, '').replaceAll('/', '-')), rendered.asPng());
    expect(largestBand(rendered.pixels)).toBeLessThan(MAX_BAND);
  });
});
