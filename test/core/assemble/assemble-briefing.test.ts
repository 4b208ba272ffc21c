/** The briefing: every part in the model's order of fields, dated by its newest article. */
import { describe, expect, it } from 'vitest';
import { asOfArticles, assembleBriefing, type BriefingParts } from '../../../src/core/assemble/assemble-briefing.ts';
import { articleOf, briefingOf } from '../../helpers/model-parts.ts';

/** Every part empty (a briefing's other fields are not parts, and assembling ignores them). */
const empty: BriefingParts = briefingOf();

describe('assembleBriefing', () => {
  it('lays the parts out in the order briefing.json shows them', () => {
    expect(Object.keys(assembleBriefing('Talks', empty))).toEqual([
      'schemaVersion',
      'title',
      'asOf',
      'articles',
      'topics',
      'participants',
      'quotes',
      'statements',
      'events',
      'happenings',
      'figures',
      'claims',
    ]);
  });

  it.each([
    ['no articles', [], null],
    ['one article', ['2025-11-27'], '2025-11-27'],
    ['articles in any order', ['2025-11-27', '2025-12-01', '2025-11-30'], '2025-12-01'],
  ])('is as of the newest article: %s', (_, days, expected) => {
    const articles = days.map((day, i) => articleOf(`a${i}`, day));
    expect(asOfArticles(articles)).toBe(expected);
    expect(assembleBriefing('Talks', { ...empty, articles }).asOf).toBe(expected);
  });
});
