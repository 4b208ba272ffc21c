import { describe, expect, it } from 'vitest';
import {
  CARD_SOURCES,
  claimBadgeClass,
  claimSourcePages,
  claimStatusLabel,
  claimValuesWording,
  hasClaimPage,
} from '../../src/site/views/claim-sources.ts';
import { PAGE_SIZE } from '../../src/site/views/pages.ts';
import { indexBriefing } from '../../src/site/data/briefing-index.ts';
import type { Article, Briefing } from '../../src/core/model.ts';
import { articleOf, briefingOf, claimOver, dayAfter } from '../helpers/model-parts.ts';

function withArticles(articles: Article[]): Briefing {
  return briefingOf({ title: 'Test', articles });
}

describe('claim pages', () => {
  it.each([
    [1, false],
    [CARD_SOURCES, false],
    [CARD_SOURCES + 1, true],
  ])('a claim with %i reports has a page: %s', (reports, expected) => {
    const articles = Array.from({ length: reports }, (_, i) => articleOf(`a-${i}`, '2025-01-01'));
    expect(hasClaimPage(claimOver(articles))).toBe(expected);
  });

  it('lists every report of a large claim, oldest first, in pages', () => {
    const articles = Array.from({ length: 400 }, (_, i) =>
      articleOf(`a-${String(i).padStart(3, '0')}`, dayAfter('2025-01-01', 399 - i), `Outlet ${i % 30}`),
    );
    const index = indexBriefing(withArticles(articles));
    const pages = claimSourcePages(index, claimOver(articles));
    expect(pages.map((page) => page.length)).toEqual([PAGE_SIZE.claimSources, PAGE_SIZE.claimSources, 400 - 2 * PAGE_SIZE.claimSources]);
    const dates = pages.flat().map(({ article }) => article.published);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(pages.flat().map(({ sentence }) => sentence.id)).size).toBe(400);
  });
});

describe('how a claim reads', () => {
  const articles = [articleOf('a-1', '2025-01-01', 'One'), articleOf('a-2', '2025-01-02', 'Two')];
  const disputed = { ...claimOver(articles), status: 'disputed' as const, values: ['47 (One)', '48 (Two)'] };
  const spelling = { ...disputed, kind: 'spelling' as const, values: ['Kyiv (One)', 'Kiev (Two)'] };

  it('reads a disputed fact as reports that differ', () => {
    expect(claimStatusLabel(disputed)).toBe('Disputed');
    expect(claimBadgeClass(disputed)).toBe('badge status-disputed');
    expect(claimValuesWording(disputed).between).toBe(' vs ');
  });

  it('reads a name spelled differently as spellings, not as a dispute', () => {
    expect(claimStatusLabel(spelling)).toBe('Spelled differently');
    expect(claimBadgeClass(spelling)).toBe('badge status-spelling');
    expect(claimValuesWording(spelling).lead).toMatch(/^Spellings/);
  });
});
