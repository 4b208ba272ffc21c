import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveParticipants } from '../../../src/core/participants/resolve-participants.ts';
import { extractQuotes } from '../../../src/core/quotes/extract-quotes.ts';
import { parseArticle } from '../../../src/core/text/parse-article.ts';
import { rawSeedInputs } from '../../helpers/raw-seeds.ts';
import { loadRegistry } from '../participants/load-registry.ts';
import { readArticles } from '../../../src/core/reading/read-articles.ts';

interface GoldQuote {
  file: string;
  text: string;
  speaker: string | null;
}

const gold: GoldQuote[] = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'gold_seeds.json'), 'utf8')).quotes;
const articles = rawSeedInputs().map(parseArticle);
const { participants, mentions } = resolveParticipants(readArticles(articles), loadRegistry());
const quotes = extractQuotes(readArticles(articles), mentions, participants);

/** Quote text for comparison: marks, apostrophes, spacing and final punctuation unified. */
const normalize = (text: string) => text.replace(/[“”"]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().replace(/[.,]$/, '');

const matched = gold.map((g) => ({
  gold: g,
  quote: quotes.find((q) => q.id.startsWith(`seed-${g.file.slice(0, 3)}#`) && normalize(q.text) === normalize(g.text)),
}));

describe('quotes on the seed articles', () => {
  it('finds at least 90% of the gold quotes, word for word', () => {
    const found = matched.filter((m) => m.quote).length;
    expect(found / gold.length).toBeGreaterThanOrEqual(0.9);
  });

  it('names the gold speaker for at least 95% of the quotes found', () => {
    const found = matched.filter((m) => m.quote);
    const right = found.filter((m) => m.quote!.speaker === m.gold.speaker);
    expect(right.length / found.length).toBeGreaterThanOrEqual(0.95);
  });

  it('finds no quotation the gold does not list', () => {
    const extra = quotes.filter((q) => !gold.some((g) => normalize(g.text) === normalize(q.text)));
    expect(extra.map((q) => q.text)).toEqual([]);
  });

  it.each([
    ['look him in the eye', 'marco-rubio'],
    ['to be ready to come', null],
    ['Pursuing Peace', null],
    ['huge untapped potential', 'kremlin'],
    ['And for me, this was an important clarification today.', 'emmanuel-macron'],
    ['President Trump also confirmed this today and said he is on board', 'friedrich-merz'],
    [
      'He likes to do the two guys chatting routine, but what he’s really doing is making you complicit in all kinds of things he wants.',
      'fiona-hill',
    ],
  ])('attributes “%s” to %s', (text, speaker) => {
    expect(quotes.find((q) => normalize(q.text) === normalize(text))?.speaker).toBe(speaker);
  });

  it('spans every sentence of a multi-sentence quote', () => {
    const quote = quotes.find((q) => q.text.startsWith('They’re going to have to agree'));
    expect(quote?.sentences.length).toBeGreaterThan(3);
    expect(quote?.sentence).toBe(quote?.sentences[0]);
  });
});
