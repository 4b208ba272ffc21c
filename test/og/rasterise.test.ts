import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rasterise, toSvg } from '../../src/og/rasterise.ts';
import { renderCard } from '../../src/og/render-card.ts';
import { cardElement } from '../../src/og/template/card-element.ts';
import { h } from '../../src/og/template/h.ts';
import { shareCards } from '../../src/og/share-cards.ts';
import { NASTY_CARDS } from './nasty-cards.ts';
import { pngSize } from './png-header.ts';
import { SAMPLE_SETTINGS, sampleBriefing } from './sample-briefing.ts';

/** Rendered cards go here so a person can look at them. */
const OUT = join(process.cwd(), 'test/.tmp/og');
mkdirSync(OUT, { recursive: true });

describe('rasterise', () => {
  it('turns an element tree into a 1200×630 PNG', async () => {
    const png = await rasterise(h('div', { display: 'flex', width: '100%', height: '100%', background: '#fdfcfa' }, 'Hello'));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it.each(shareCards(sampleBriefing(), SAMPLE_SETTINGS).map((card) => [card.image, card] as const))(
    'draws the sample card %s',
    async (image, card) => {
      const png = await renderCard(card.content);
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      writeFileSync(join(OUT, image.replace(/^og\//, 'sample-').replaceAll('/', '-')), png);
    },
  );

  it.each(['scripts', 'arabic-and-chinese', 'world-names'])(
    'gives the same bytes for the same card (%s), whatever was drawn in between',
    async (name) => {
      const content = NASTY_CARDS[name];
      const other = NASTY_CARDS['rtl-headline'];
      if (!content || !other) throw new Error('fixture');
      const first = await renderCard(content);
      await renderCard(other);
      const second = await renderCard(content);
      expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    },
  );
});

describe('glyphs', () => {
  it('draws Cyrillic, Greek and Latin-extended names with real glyphs', async () => {
    const missing: string[] = [];
    await toSvg(
      h('div', { display: 'flex' }, 'Zelenskyy Зеленський Ґ Ї Є Micheál Ó Súilleabháin Łódź Kuźmiński Erdoğan Ερντογάν'),
      undefined,
      (code, text) => missing.push(`${code}:${text}`),
    );
    expect(missing).toEqual([]);
  });

  it('stands a drawn dot in for an emoji instead of a missing-glyph box', async () => {
    const missing: string[] = [];
    const svg = await toSvg(h('div', { display: 'flex' }, 'Talks 🕊️ resume'), undefined, (code) => missing.push(code));
    expect(missing).toEqual(['emoji']);
    expect(svg).toContain('data:image/svg+xml;base64,');
  });

  it('writes text as glyph paths, never as markup', async () => {
    const svg = await toSvg(
      cardElement({
        brand: 'b',
        asOf: null,
        kind: 'section',
        eyebrow: 'e',
        title: '</script><b>x',
        text: '<img src=x onerror=alert(1)>',
        stats: [],
      }),
    );
    expect(svg).not.toMatch(/<(script|b|img)[\s>]/);
    expect(svg).not.toContain('onerror');
  });
});

describe('nasty cards', () => {
  it.each(Object.entries(NASTY_CARDS))('draws %s as a 1200×630 PNG', async (name, content) => {
    const png = await renderCard(content);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    writeFileSync(join(OUT, `nasty-${name}.png`), png);
  });

  it.each<[string, Uint8Array]>([
    ['empty', new Uint8Array()],
    ['not a PNG', new TextEncoder().encode('GIF89a'.padEnd(40, ' '))],
  ])('pngSize rejects %s', (_name, bytes) => {
    expect(pngSize(bytes)).toBeNull();
  });
});
