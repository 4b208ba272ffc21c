/**
 * Whether the reports in one claim disagree: two independent sources give figures of the same
 * kind about the same thing whose ranges do not meet ("1,000" vs "1,200 people killed"; a
 * "28-point" vs a "22-point" plan), or days at most three apart that never coincide
 * ("on Tuesday" vs "on Wednesday" for the same meeting). Wire copies carry one source's
 * reporting, so disagreement is only looked for between sources.
 */
import type { Figure } from '../model.ts';
import { figureRange, rangesOverlap, type Range } from '../figures/figure-range.ts';

/** One member sentence of a claim, with the source it belongs to. */
export interface ClaimMember {
  sentence: string;
  source: string;
  outlet: string;
}

interface Reading {
  value: string;
  head: string;
  range: Range;
}

/** The counted noun of an `about` ("toll" in "the death toll", "points" in "points in the plan"). */
const headOf = (about: string): string => about.split(/ (?:of|in|on) /)[0]!.split(' ').at(-1) ?? '';

/** Readings per source, in member order, from whatever `read` gives for each member. */
function bySource<T>(members: readonly ClaimMember[], read: (sentence: string) => T[]): Map<string, { outlet: string; items: T[] }> {
  const sources = new Map<string, { outlet: string; items: T[] }>();
  for (const member of members) {
    const items = read(member.sentence);
    if (items.length === 0) continue;
    const entry = sources.get(member.source) ?? { outlet: member.outlet, items: [] };
    entry.items.push(...items);
    sources.set(member.source, entry);
  }
  return sources;
}

/** True when any two sources hold readings that are comparable and never agree. */
function disagree<T>(sources: readonly { items: T[] }[], comparable: (x: T, y: T, xs: T[], ys: T[]) => boolean, agree: (x: T, y: T) => boolean): boolean {
  for (let i = 0; i < sources.length; i++) {
    for (let j = i + 1; j < sources.length; j++) {
      const xs = sources[i]!.items;
      const ys = sources[j]!.items;
      const pairs = xs.flatMap((x) => ys.filter((y) => comparable(x, y, xs, ys)).map((y) => [x, y] as const));
      if (pairs.length > 0 && pairs.every(([x, y]) => !agree(x, y))) return true;
    }
  }
  return false;
}

/** The differing values as `value (outlet)`, one per source, or null when the reports agree. */
export function findDispute(
  members: readonly ClaimMember[],
  figuresBySentence: ReadonlyMap<string, readonly Figure[]>,
  datesBySentence: ReadonlyMap<string, readonly string[]>,
): string[] | null {
  const kinds = [...new Set(members.flatMap((m) => (figuresBySentence.get(m.sentence) ?? []).map((f) => f.kind)))].sort();
  for (const kind of kinds.filter((k) => k !== 'time')) {
    const sources = bySource(members, (sentence): Reading[] =>
      (figuresBySentence.get(sentence) ?? []).flatMap((f) => {
        const range = f.kind === kind ? figureRange(f.value) : null;
        return range ? [{ value: f.value, head: headOf(f.about), range }] : [];
      }),
    );
    const comparable = (x: Reading, y: Reading, xs: Reading[], ys: Reading[]): boolean =>
      x.head === y.head || (xs.length === 1 && ys.length === 1);
    if (disagree([...sources.values()], comparable, (x, y) => rangesOverlap(x.range, y.range))) {
      return [...sources.values()].map((s) => `${s.items[0]!.value} (${s.outlet})`);
    }
  }
  // Days at most three apart that never coincide: the same happening, dated differently.
  const dated = bySource(members, (sentence) => (datesBySentence.get(sentence) ?? []).filter((date) => date.length === 10));
  const close = (x: string, y: string): boolean => Math.abs(Date.parse(x) - Date.parse(y)) <= 3 * 86_400_000;
  if (disagree([...dated.values()], close, (x, y) => x === y)) {
    return [...dated.values()].map((s) => `${s.items[0]!} (${s.outlet})`);
  }
  return null;
}
