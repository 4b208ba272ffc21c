import { describe, expect, it } from 'vitest';
import { dayNumber, statedTimesMeet, timeOf, timesMeet } from '../../../src/core/claims/sentence-time.ts';
import type { Precision } from '../../../src/core/model.ts';

const day = (iso: string) => dayNumber(iso);
const dated = (...dates: Array<[string, Precision]>) => dates.map(([date, precision]) => ({ date, precision }));

describe('timeOf', () => {
  it.each([
    ['a day', dated(['2025-11-21', 'day']), '2025-11-24', [{ from: day('2025-11-21'), to: day('2025-11-21'), stated: true }]],
    ['a month', dated(['2025-02', 'month']), '2025-11-24', [{ from: day('2025-02-01'), to: day('2025-02-28'), stated: true }]],
    ['a year', dated(['2022', 'year']), '2025-11-24', [{ from: day('2022-01-01'), to: day('2022-12-31'), stated: true }]],
    ['no date: the week before publication', [], '2025-11-24', [{ from: day('2025-11-17'), to: day('2025-11-24'), stated: false }]],
  ])('%s', (_, dates, published, spans) => {
    expect(timeOf(dates, published)).toEqual(spans);
  });
});

describe('timesMeet and statedTimesMeet', () => {
  it.each<[string, ReturnType<typeof dated>, string, ReturnType<typeof dated>, string, boolean, boolean]>([
    ['the same day', dated(['2025-08-15', 'day']), '2025-08-16', dated(['2025-08-15', 'day']), '2025-08-18', true, true],
    ['a day apart (time zones)', dated(['2025-08-15', 'day']), '2025-08-16', dated(['2025-08-16', 'day']), '2025-08-16', true, true],
    ['two days apart', dated(['2025-09-03', 'day']), '2025-09-03', dated(['2025-09-05', 'day']), '2025-09-05', false, false],
    ['a day inside a month', dated(['2025-11-24', 'day']), '2025-11-25', dated(['2025-11', 'month']), '2025-11-26', true, false],
    ['an undated report of a dated day', dated(['2025-11-20', 'day']), '2025-11-21', [], '2025-11-24', true, false],
    ['two undated reports a week apart', [], '2025-11-17', [], '2025-11-24', true, false],
    ['two undated reports nine days apart', [], '2025-11-15', [], '2025-11-24', false, false],
  ])('%s', (_, x, xPublished, y, yPublished, meet, stated) => {
    const [a, b] = [timeOf(x, xPublished), timeOf(y, yPublished)];
    expect(timesMeet(a, b)).toBe(meet);
    expect(timesMeet(b, a)).toBe(meet);
    expect(statedTimesMeet(a, b)).toBe(stated);
  });
});
