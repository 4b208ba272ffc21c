/**
 * The home page's coverage chart as data: articles per week (per month or year when the story runs long),
 * stacked by the top outlets plus "other outlets", so the chart and its table stay small however many
 * articles and outlets there are.
 */
import type { Article } from '../../core/model.ts';
import { dayNumber, isoDay, weekStart } from './time-scale.ts';
import { PAGE_SIZE } from './pages.ts';

/** How long one bar is. */
export type CoverageUnit = 'week' | 'month' | 'year';

/** One bar of the chart and one row of its table. */
export interface CoverageBucket {
  /** Start of the period: `YYYY-MM-DD` (the Monday of a week), `YYYY-MM` or `YYYY`. */
  start: string;
  /** Articles in the period. */
  total: number;
  /** Articles per stack layer: one per top outlet (in `CoverageView.outlets` order), then other outlets. */
  layers: number[];
  /** The period's own busiest outlets with their counts, at most `topInRow`. */
  topOutlets: { outlet: string; count: number }[];
  /** Outlets of the period not in `topOutlets`. */
  otherOutlets: number;
  /** Page of the sources list that holds the period's first-listed (newest) article. */
  sourcesPage: number;
}

/** Everything the chart draws. */
export interface CoverageView {
  unit: CoverageUnit;
  /** Every period from the first article's to the last one's, empty ones included. */
  buckets: CoverageBucket[];
  /** Outlets with a layer of their own, most articles first. */
  outlets: string[];
  /** Outlets folded into "other outlets". */
  otherOutlets: number;
  /** Largest period total (at least 1). */
  max: number;
}

/** Bars at most per unit before the next longer unit is used. */
const MAX_WEEKS = 20;
const MAX_MONTHS = 30;

const byCountThenName = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** The key of the period a day falls in. */
function periodOf(unit: CoverageUnit, day: string): string {
  if (unit === 'week') return isoDay(weekStart(dayNumber(day)));
  return unit === 'month' ? day.slice(0, 7) : day.slice(0, 4);
}

/** Every period from `first` to `last`, both included. */
function periodsBetween(unit: CoverageUnit, first: string, last: string): string[] {
  const periods: string[] = [];
  if (unit === 'week') {
    for (let day = dayNumber(first); day <= dayNumber(last); day += 7) periods.push(isoDay(day));
  } else if (unit === 'month') {
    let year = Number(first.slice(0, 4));
    let month = Number(first.slice(5, 7));
    for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
      periods.push(key);
      month = month === 12 ? 1 : month + 1;
      if (month === 1) year += 1;
    }
  } else {
    for (let y = Number(first); y <= Number(last); y += 1) periods.push(String(y));
  }
  return periods;
}

/** The shortest unit that keeps the chart within its bar budget. */
function unitFor(first: string, last: string): CoverageUnit {
  if ((weekStart(dayNumber(last)) - weekStart(dayNumber(first))) / 7 + 1 <= MAX_WEEKS) return 'week';
  const months = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1;
  return months <= MAX_MONTHS ? 'month' : 'year';
}

/**
 * Buckets `articles` (newest first, as the briefing lists them) by period, with `layerOutlets` outlets drawn
 * apart and at most `topInRow` outlets named per table row.
 */
export function coverageView(articles: readonly Article[], layerOutlets = 5, topInRow = 3): CoverageView {
  const days = articles.map((article) => article.published).sort();
  const first = days[0];
  const last = days.at(-1);
  if (first === undefined || last === undefined) return { unit: 'week', buckets: [], outlets: [], otherOutlets: 0, max: 1 };
  const unit = unitFor(first, last);

  const totals = new Map<string, number>();
  for (const article of articles) totals.set(article.outlet, (totals.get(article.outlet) ?? 0) + 1);
  const outlets = [...totals.entries()]
    .sort(byCountThenName)
    .map(([outlet]) => outlet)
    .slice(0, layerOutlets);
  const layerOf = new Map(outlets.map((outlet, i) => [outlet, i]));

  const counts = new Map<string, Map<string, number>>();
  const newest = new Map<string, number>();
  articles.forEach((article, position) => {
    const period = periodOf(unit, article.published);
    const own = counts.get(period) ?? new Map<string, number>();
    own.set(article.outlet, (own.get(article.outlet) ?? 0) + 1);
    counts.set(period, own);
    newest.set(period, Math.min(newest.get(period) ?? Infinity, position));
  });

  const buckets = periodsBetween(unit, periodOf(unit, first), periodOf(unit, last)).map((start) => {
    const own = [...(counts.get(start) ?? new Map<string, number>()).entries()].sort(byCountThenName);
    const layers = Array.from({ length: outlets.length + 1 }, () => 0);
    for (const [outlet, count] of own) {
      const layer = layerOf.get(outlet) ?? outlets.length;
      layers[layer] = (layers[layer] ?? 0) + count;
    }
    return {
      start,
      total: own.reduce((sum, [, count]) => sum + count, 0),
      layers,
      topOutlets: own.slice(0, topInRow).map(([outlet, count]) => ({ outlet, count })),
      otherOutlets: Math.max(0, own.length - topInRow),
      sourcesPage: Math.floor((newest.get(start) ?? 0) / PAGE_SIZE.sources) + 1,
    };
  });
  return { unit, buckets, outlets, otherOutlets: totals.size - outlets.length, max: Math.max(1, ...buckets.map((b) => b.total)) };
}
