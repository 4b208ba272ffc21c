import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureCards, type CardToEnsure } from '../../src/og/ensure-cards.ts';
import { cardKey } from '../../src/og/card-key.ts';
import { renderVersion } from '../../src/og/render-version.ts';
import { renderCard } from '../../src/og/render-card.ts';
import { shareCards } from '../../src/og/share-cards.ts';
import type { CardContent } from '../../src/og/card-content.ts';
import { pngSize } from './png-header.ts';
import { SAMPLE_SETTINGS, sampleBriefing } from './sample-briefing.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'dossier-og-test-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** A stream that keeps what is written. */
function capture(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (text: string) => chunks.push(text) };
}

const cards: CardToEnsure[] = shareCards(sampleBriefing(), SAMPLE_SETTINGS).slice(0, 6);

describe('ensureCards', () => {
  it('draws every missing card in parallel and says where each image is', async () => {
    const stream = capture(false);
    const result = await ensureCards(cards, { cacheDir, threads: 2, stream });
    expect(result).toMatchObject({ rendered: 6, cached: 0 });
    expect([...result.files.keys()]).toEqual(cards.map((card) => card.image));
    for (const file of result.files.values()) expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
    expect(stream.chunks).toHaveLength(1);
    expect(stream.chunks[0]).toMatch(/^share cards: 6 rendered in \d+\.\d s, 0 from cache\n$/);
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('draws nothing the second time', async () => {
    const stream = capture(false);
    expect(await ensureCards(cards, { cacheDir, threads: 2, stream })).toMatchObject({ rendered: 0, cached: 6 });
    expect(stream.chunks).toEqual(['share cards: 0 rendered, 6 from cache\n']);
  });

  it('draws exactly the one card whose data changed', async () => {
    const changed = cards.map((card, index) =>
      index === 2 ? { ...card, content: { ...card.content, brand: 'Another briefing' } as CardContent } : card,
    );
    expect(await ensureCards(changed, { cacheDir, threads: 2, stream: null })).toMatchObject({ rendered: 1, cached: 5 });
  });

  it('stores the same bytes a direct render gives', async () => {
    const card = cards[0];
    if (!card) throw new Error('sample has cards');
    const file = join(cacheDir, `${cardKey(card.content, renderVersion())}.png`);
    expect(Buffer.from(await renderCard(card.content)).equals(readFileSync(file))).toBe(true);
  });

  it('shows live progress on a terminal, then the closing line', async () => {
    const stream = capture(true);
    const fresh = cards.map((card) => ({ ...card, content: { ...card.content, asOf: 'as of 1 December 2025' } as CardContent }));
    await ensureCards(fresh.slice(0, 2), { cacheDir, threads: 1, stream });
    expect(stream.chunks.some((chunk) => /^\r\x1b\[Kcards \d\/2 · \d+\/s$/.test(chunk))).toBe(true);
    expect(stream.chunks.at(-2)).toBe('\r\x1b[K');
    expect(stream.chunks.at(-1)).toMatch(/^share cards: 2 rendered in \d+\.\d s, 0 from cache\n$/);
  });
});

describe('ensureCards on nasty input', () => {
  it('handles no cards at all', async () => {
    expect(await ensureCards([], { cacheDir, stream: null })).toMatchObject({ rendered: 0, cached: 0 });
  });

  it('draws two cards with equal content once', async () => {
    const content: CardContent = { kind: 'section', brand: 'b', asOf: null, eyebrow: 'Twin', title: 'Same', text: 'Same text', stats: [] };
    const result = await ensureCards(
      [
        { image: 'og/a.png', content },
        { image: 'og/b.png', content },
      ],
      { cacheDir, threads: 2, stream: null },
    );
    expect(result.rendered).toBe(1);
    expect(result.files.get('og/a.png')).toBe(result.files.get('og/b.png'));
  });

  it('fails naming the card when a card cannot be drawn', async () => {
    const broken = { kind: 'nonsense' } as unknown as CardContent;
    await expect(ensureCards([{ image: 'og/x.png', content: broken }], { cacheDir, threads: 1, stream: null })).rejects.toThrow(
      /share card og\/x\.png could not be drawn/,
    );
  });
});

describe('cardKey', () => {
  const content: CardContent = { kind: 'section', brand: 'b', asOf: null, eyebrow: 'e', title: 't', text: 'x', stats: [] };
  it.each<[string, CardContent, string]>([
    ['same content, other key order', { stats: [], text: 'x', title: 't', eyebrow: 'e', asOf: null, brand: 'b', kind: 'section' }, 'v1'],
  ])('is equal for %s', (_name, other, version) => {
    expect(cardKey(other, version)).toBe(cardKey(content, 'v1'));
  });
  it.each<[string, CardContent, string]>([
    ['another title', { ...content, title: 'T' }, 'v1'],
    ['another render version', content, 'v2'],
  ])('differs for %s', (_name, other, version) => {
    expect(cardKey(other, version)).not.toBe(cardKey(content, 'v1'));
  });
});
