import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../../src/core/model.ts';
import { parseArticle } from '../../../src/core/text/parse-article.ts';
import { rawSeedInputs } from '../../helpers/raw-seeds.ts';
import { articleInput } from '../../helpers/article-input.ts';
import gold from '../../fixtures/gold_seeds.json' with { type: 'json' };

const input = (body: string): ArticleInput => articleInput('a-story', body, { title: 'A story' });

describe('parseArticle', () => {
  it('numbers paragraphs and sentences from 1, ids from the slug', () => {
    const parsed = parseArticle(input('Kushner met Umerov. Talks went on.\n\nWitkoff left.'));
    expect(parsed.paragraphs.map((p) => p.index)).toEqual([1, 2]);
    expect(parsed.sentences.map((s) => [s.id, s.index, s.paragraph, s.text])).toEqual([
      ['a-story#s-1', 1, 1, 'Kushner met Umerov.'],
      ['a-story#s-2', 2, 1, 'Talks went on.'],
      ['a-story#s-3', 3, 2, 'Witkoff left.'],
    ]);
    expect(parsed.paragraphs[0]?.sentences[1]).toBe(parsed.sentences[1]);
    expect(parsed.input.slug).toBe('a-story');
  });

  it('skips empty blocks without leaving a gap in paragraph numbers', () => {
    const parsed = parseArticle(input('<div></div>\n\nFirst.\n\n```\ncode\n```\n\nSecond.'));
    expect(parsed.paragraphs.map((p) => [p.index, p.text])).toEqual([
      [1, 'First.'],
      [2, 'Second.'],
    ]);
  });

  it('is deterministic', () => {
    const body = 'U.S. envoy Steve Witkoff said so. “Why?” he asked.';
    expect(parseArticle(input(body))).toEqual(parseArticle(input(body)));
  });
});

describe('parseArticle on the raw seeds', () => {
  const norm = (text: string): string => text.replace(/\s+/gu, ' ').trim();
  const inputs = rawSeedInputs();
  const cases = gold.articles.map((article) => {
    const raw = inputs.find((item) => item.file.endsWith(article.file));
    if (!raw) throw new Error(`no raw seed for ${article.file}`);
    return [article.file, article, raw] as const;
  });

  it.each(cases)('%s: every gold sentence is one produced sentence', (_file, article, raw) => {
    // Page furniture (a dateline, a wire credit) is removed by ingest, not here: strip it from the ends.
    const furniture = article.boilerplate.map(norm).filter((line) => line.length > 0);
    const strip = (text: string): string =>
      furniture.reduce(
        (out, line) => norm(out.startsWith(line) ? out.slice(line.length) : out.endsWith(line) ? out.slice(0, -line.length) : out),
        text,
      );
    const produced = new Set(parseArticle(raw).sentences.map((s) => strip(norm(s.text))));
    const missing = article.sentences.map((s) => norm(s.text)).filter((text) => !produced.has(text));
    expect(missing).toEqual([]);
  });
});
