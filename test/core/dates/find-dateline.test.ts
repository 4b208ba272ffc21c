/** Datelines, timestamps and bylines left in the body date the copy, never a happening. */
import { describe, expect, it } from 'vitest';
import { findDateline, isFurnitureLine } from '../../../src/core/dates/find-dateline.ts';
import { zoneTable } from '../../../src/core/dates/zone-offsets.ts';
import { tokenize } from '../../../src/core/reading/tokenize.ts';
import { datesOfArticle, month } from './dates-of.ts';
import { growthOf } from '../../helpers/count-work.ts';

describe('findDateline', () => {
  it.each([
    ['WASHINGTON -U.S. officials said nothing.', { place: 'WASHINGTON', end: 12 }],
    ['KYIV — Officials said nothing.', { place: 'KYIV', end: 6 }],
    ['KYIV/WASHINGTON, Nov 23 (Reuters) - Envoys met.', { place: 'KYIV/WASHINGTON', end: 35 }],
    ['LOS ANGELES: The council met.', { place: 'LOS ANGELES', end: 12 }],
    ['PORT EXAMPLE: The council met.', null],
    ['NATO: allies will meet.', null],
    ['U.S. President Trump spoke.', null],
    ['BREAKING - something happened.', null],
  ])('%j', (text, expected) => {
    expect(findDateline(text)).toEqual(expected);
  });

  it("knows a story's own place as a dateline when its editorial data gives it", () => {
    expect(findDateline('PORT EXAMPLE: The council met.', zoneTable({ 'port example': -5 }))).toEqual({ place: 'PORT EXAMPLE', end: 13 });
  });

  it.each([
    ['Published: 12 May 2025 10:00 BST', true],
    ['Updated 10:39 GMT 29.08.2025', true],
    ['By Jane Doe and John Roe, Nov 23, 2025', true],
    ['By Friday, the deadline of Nov 27 will have passed.', false],
    ['Updated figures show a rise.', false],
  ])('%j is furniture: %s', (text, expected) => {
    expect(isFurnitureLine(text, tokenize(text))).toBe(expected);
  });

  it('dates neither the dateline nor a timestamp line, only the happenings after them', () => {
    expect(
      datesOfArticle({ slug: 'd', published: '2026-03-03' }, [
        'LONDON, March 3 (Reuters) - Ministers will meet next month.',
        'Published: 3 March 2026 10:00 GMT',
      ]),
    ).toEqual([month('2026-04')]);
  });

  it.each([[''], ['A'.repeat(5000)], [`${'KYIV/'.repeat(3000)}KYIV - x`]])('nasty: %#', (text) => {
    expect(findDateline(text)).toBeNull();
  });

  it.each<[string, (n: number) => string]>([
    ['capitals', (n) => 'A'.repeat(n)],
    ['slashed places', (n) => `${'KYIV/'.repeat(n)}KYIV - x`],
  ])('does linear work on a line of %s', async (_, make) => {
    expect(await growthOf(make, findDateline, 3000)).toBeLessThanOrEqual(2.2);
  });
});
