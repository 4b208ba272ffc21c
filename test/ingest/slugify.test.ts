import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, articleSlug, slugify } from '../../src/ingest/slugify.ts';

describe('slugify', () => {
  it('makes a dated file name from a headline', () => {
    expect(articleSlug('2025-08-14', 'Talks on security guarantees needed for Ukraine peace: Rubio')).toBe(
      '2025-08-14-talks-on-security-guarantees-needed-for-ukraine-peace-rubio',
    );
  });

  it.each([
    ['Zelenskyy’s “peace” plan — Genève', 'zelenskyys-peace-plan-geneve'],
    ["Ukraine's allies: what's next?", 'ukraines-allies-whats-next'],
    ['Merz, Macron & Starmer meet in Kyiv', 'merz-macron-starmer-meet-in-kyiv'],
    ['Erdoğan hosts talks in İstanbul', 'erdogan-hosts-talks-in-istanbul'],
    ['Großer Schritt für Łódź and Ærø', 'grosser-schritt-fur-lodz-and-aero'],
    ['Kyiv rejects 28-point plan, accepts 19', 'kyiv-rejects-28-point-plan-accepts-19'],
    ['  --Leading and trailing punctuation!--  ', 'leading-and-trailing-punctuation'],
    ['ＦＵＬＬＷＩＤＴＨ letters', 'fullwidth-letters'],
    ['Talks\u00A0resume\u2009in Abu Dhabi', 'talks-resume-in-abu-dhabi'],
  ])('%j → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it.each([
    ['Zero\u200Bwidth space', 'zerowidth-space'],
    ['Word\u2060joiner and BOM\uFEFF', 'wordjoiner-and-bom'],
    ['Bidi \u202Eesrever\u202C text', 'bidi-esrever-text'],
    ['Isolate \u2066Kyiv\u2069 and marks \u200E\u200F', 'isolate-kyiv-and-marks'],
    ['Joiner\u200D\u200Cs', 'joiners'],
  ])('drops invisible characters: %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it.each([
    'Trump and Putin hold direct talks on Ukraine ceasefire in Alaska summit after months of tension',
    'US to discuss Ukraine security guarantees after peace deal signed, Rubio tells allies',
    'a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p',
  ])('cuts long headline %# at a word boundary, within the limit', (title) => {
    const slug = slugify(title);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.length).toBeGreaterThan(MAX_SLUG_LENGTH - 15);
    const words = slugify(title, 1000).split('-');
    // The cut slug is a prefix of whole words of the full slug.
    expect(words.slice(0, slug.split('-').length).join('-')).toBe(slug);
  });

  it('cuts a single overlong word hard instead of returning nothing', () => {
    expect(slugify('x'.repeat(90))).toBe('x'.repeat(MAX_SLUG_LENGTH));
  });

  it.each([['Переговоры в Абу-Даби'], ['محادثات السلام'], ['\u200B\u200B']])(
    'falls back to a stable hash when no Latin letter is left: %j',
    (title) => {
      const slug = slugify(title);
      expect(slug).toMatch(/^article-[0-9a-f]{8}$/);
      expect(slugify(title)).toBe(slug);
    },
  );

  it('gives different fallbacks to different non-Latin titles', () => {
    expect(slugify('Переговоры')).not.toBe(slugify('Перемирие'));
  });
});
