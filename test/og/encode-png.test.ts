import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodeIndexedPng, indexPixels, type RgbaImage } from '../../src/og/encode-png.ts';
import { toSvg } from '../../src/og/rasterise.ts';
import { cardElement } from '../../src/og/template/card-element.ts';
import { shareCards } from '../../src/og/share-cards.ts';
import { NASTY_CARDS } from './nasty-cards.ts';
import { pngSize } from './png-header.ts';
import { SAMPLE_SETTINGS, sampleBriefing } from './sample-briefing.ts';

const options = { fitTo: { mode: 'original' as const }, font: { loadSystemFonts: false } };

/** The pixels resvg draws for an SVG. */
function draw(svg: string): RgbaImage {
  const image = new Resvg(svg, options).render();
  return { width: image.width, height: image.height, pixels: Uint8Array.from(image.pixels) };
}

/** A PNG decoded by another reader: resvg drawing it as an image, pixel for pixel. */
function decode(png: Uint8Array, width: number, height: number): Uint8Array {
  const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  return draw(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="${href}" width="${width}" height="${height}" style="image-rendering:pixelated"/></svg>`,
  ).pixels;
}

const contents = [...shareCards(sampleBriefing(), SAMPLE_SETTINGS).map((card) => card.content), ...Object.values(NASTY_CARDS)];

/** Bytes of each card: this encoder's and resvg's. */
const sizes: { own: number; resvg: number }[] = [];

describe('encodeIndexedPng', () => {
  it.each(contents.map((content, i) => [`${content.kind} ${i}`, content] as const))(
    'writes the same pixels as resvg, in about as many bytes or fewer (%s)',
    async (_name, content) => {
      const svg = await toSvg(cardElement(content));
      const image = draw(svg);
      const png = encodeIndexedPng(image);
      expect(png).not.toBeNull();
      const own = new Resvg(svg, options).render().asPng();
      expect(pngSize(png as Uint8Array)).toEqual({ width: 1200, height: 630 });
      const decoded = Buffer.from(decode(png as Uint8Array, 1200, 630));
      expect(decoded.equals(Buffer.from(image.pixels))).toBe(true);
      expect(decoded.equals(Buffer.from(decode(own, 1200, 630)))).toBe(true);
      // Run-length deflate of a few hundred colours is not smaller for every picture; never much larger.
      expect((png as Uint8Array).length).toBeLessThan(own.length * 1.1);
      sizes.push({ own: (png as Uint8Array).length, resvg: own.length });
    },
  );

  it('writes the cards in fewer bytes than resvg in all', () => {
    expect(sizes).toHaveLength(contents.length);
    const total = (key: 'own' | 'resvg') => sizes.reduce((sum, size) => sum + size[key], 0);
    expect(total('own')).toBeLessThan(total('resvg'));
  });

  it('gives the same bytes for the same pixels', () => {
    const image: RgbaImage = {
      width: 3,
      height: 2,
      pixels: Uint8Array.from([1, 2, 3, 255, 4, 5, 6, 255, 1, 2, 3, 255, 7, 8, 9, 255, 1, 2, 3, 255, 4, 5, 6, 255]),
    };
    expect(encodeIndexedPng(image)?.equals(encodeIndexedPng({ ...image, pixels: Uint8Array.from(image.pixels) }) as Buffer)).toBe(true);
    expect(indexPixels(image)).toEqual({ rows: Buffer.from([0, 0, 1, 0, 0, 2, 0, 1]), palette: Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9]) });
  });

  it.each<[string, RgbaImage]>([
    ['a transparent pixel', { width: 2, height: 1, pixels: Uint8Array.from([0, 0, 0, 255, 0, 0, 0, 128]) }],
    [
      '257 colours',
      {
        width: 257,
        height: 1,
        pixels: Uint8Array.from({ length: 257 * 4 }, (_, i) =>
          i % 4 === 3 ? 255 : i % 4 === 0 ? (i / 4) % 256 : i % 4 === 1 ? Math.floor(i / 4 / 256) : 0,
        ),
      },
    ],
    ['pixels that do not fill the size', { width: 2, height: 2, pixels: Uint8Array.from([0, 0, 0, 255]) }],
  ])('leaves %s to resvg', (_name, image) => {
    expect(encodeIndexedPng(image)).toBeNull();
  });
});
