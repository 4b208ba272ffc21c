import { describe, expect, it } from 'vitest';
import { shortDate, shortDateRange, type DatePoint } from '../../src/og/content/short-date.ts';
import { countStat } from '../../src/og/content/count-stat.ts';

const day = (date: string): DatePoint => ({ date, precision: 'day' });

describe('shortDate', () => {
  it.each<[DatePoint, string]>([
    [day('2025-08-14'), '14 Aug 2025'],
    [day('2025-11-07'), '7 Nov 2025'],
    [{ date: '2022-02', precision: 'month' }, 'Feb 2022'],
    [{ date: '2014', precision: 'year' }, '2014'],
    [{ date: '2025-08-14', precision: 'month' }, 'Aug 2025'],
    [{ date: '2025-13', precision: 'month' }, '2025'],
  ])('%j → %s', (point, expected) => {
    expect(shortDate(point)).toBe(expected);
  });
});

describe('shortDateRange', () => {
  it.each<[DatePoint, DatePoint, string]>([
    [day('2025-08-14'), day('2025-11-27'), '14 Aug – 27 Nov 2025'],
    [day('2024-12-30'), day('2025-01-02'), '30 Dec 2024 – 2 Jan 2025'],
    [day('2025-08-15'), day('2025-08-15'), '15 Aug 2025'],
    [{ date: '2022-02', precision: 'month' }, day('2025-11-27'), 'Feb 2022 – 27 Nov 2025'],
    [{ date: '2025', precision: 'year' }, day('2025-11-27'), '2025 – 27 Nov 2025'],
    [{ date: '2025-08', precision: 'month' }, day('2025-08-15'), 'Aug – 15 Aug 2025'],
  ])('%j – %j → %s', (first, last, expected) => {
    expect(shortDateRange(first, last)).toBe(expected);
  });
});

describe('countStat', () => {
  it.each<[number, string, string | undefined, string]>([
    [1, 'article', undefined, '1 article'],
    [0, 'article', undefined, '0 articles'],
    [2, 'person', 'people', '2 people'],
    [1, 'country', 'countries', '1 country'],
  ])('%i %s', (count, singular, plural, expected) => {
    const stat = countStat(count, singular, plural);
    expect(`${stat.value} ${stat.label}`).toBe(expected);
  });
});
