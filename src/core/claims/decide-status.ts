/**
 * A claim's status from what its members say, in order:
 * 1. Figures of one counted thing that never agree (see `read-figures.ts`). When a member gives a
 *    value as new or old ("narrowed to 19", "from 28"), or the values come from different days, the
 *    later value supersedes the earlier: `updated`, its values in the order they were first reported.
 *    Two sources giving different values on the same day (a day apart at most) are `disputed`.
 * 2. Opposite stances on one thing (see `opposedStances`): `updated` when they come from different
 *    days, in the order first reported, `disputed` when two sources take them on the same day.
 * 3. Days a day apart that never coincide between two sources ("on Tuesday" vs "on Wednesday"
 *    for one meeting): `disputed`.
 * 4. Otherwise `corroborated` with two or more independent sources, `single-source` with one.
 * A claim of one sentence is `updated` when that sentence gives two values of one counted thing, one of them as old
 * or new ("the original framework included 28 points ... was reduced to 22 points").
 * Wire copies are one source, so disagreement is only looked for between sources.
 */
import type { Claim } from '../model.ts';
import { rangesOverlap } from '../figures/figure-range.ts';
import type { FigureReading } from './read-figures.ts';
import { dayNumber, slackDays } from './sentence-time.ts';

/** One member sentence of a claim, with its source and date; members come earliest first. */
export interface ClaimMember {
  sentence: string;
  text: string;
  source: string;
  outlet: string;
  published: string;
}

/** A status and, for `updated` and `disputed`, the values as `value (outlet)`. */
export interface ClaimStatus {
  status: Claim['status'];
  values?: string[];
}

/** A figure as one member reports it. */
interface Report {
  reading: FigureReading;
  member: ClaimMember;
  day: number;
}

const label = ({ reading, member }: Report): string => `${reading.value} (${member.outlet})`;

/** The reports grouped by agreeing value, each group in report order. */
function valueGroups(reports: readonly Report[]): Report[][] {
  const groups: Report[][] = [];
  for (const report of reports) {
    const group = groups.find((g) => g.some((other) => rangesOverlap(other.reading.range, report.reading.range)));
    if (group) group.push(report);
    else groups.push([report]);
  }
  return groups;
}

/** Updated or disputed by the figures of one counted thing, or null when they agree. */
function figureStatus(reports: readonly Report[]): ClaimStatus | null {
  const groups = valueGroups(reports);
  if (groups.length < 2) return null;
  const stated = reports.some((report) => report.reading.age !== 0);
  const sameDay = reports.some((x) =>
    reports.some(
      (y) => x.member.source !== y.member.source && Math.abs(x.day - y.day) <= 1 && !rangesOverlap(x.reading.range, y.reading.range),
    ),
  );
  const first = (group: Report[]): Report => [...group].sort((x, y) => x.day - y.day || x.reading.age - y.reading.age)[0]!;
  const firsts = groups.map(first).sort((x, y) => x.day - y.day || x.reading.age - y.reading.age);
  return { status: stated || !sameDay ? 'updated' : 'disputed', values: firsts.map(label) };
}

/** Updated or disputed by the members' opposite stances, or null when fewer than two differ. */
function stanceStatus(members: readonly ClaimMember[], stances: ReadonlyMap<string, string>): ClaimStatus | null {
  const taken = members.filter((member) => stances.has(member.sentence));
  const firsts = new Map<string, ClaimMember>();
  for (const member of taken) if (!firsts.has(stances.get(member.sentence)!)) firsts.set(stances.get(member.sentence)!, member);
  if (firsts.size < 2) return null;
  const sameDay = taken.some((x) =>
    taken.some(
      (y) =>
        x.source !== y.source &&
        stances.get(x.sentence) !== stances.get(y.sentence) &&
        Math.abs(dayNumber(x.published) - dayNumber(y.published)) <= slackDays,
    ),
  );
  return { status: sameDay ? 'disputed' : 'updated', values: [...firsts].map(([stance, member]) => `${stance} (${member.outlet})`) };
}

/**
 * Disputed when two sources date the claim to days a day apart that never coincide. Copies of one
 * text count once (the first): their dates differ only because each resolves "on Wednesday" from its
 * own publication day. The values are the dates that disagree, each with the first source to give it.
 */
function dateStatus(members: readonly ClaimMember[], days: ReadonlyMap<string, readonly string[]>): ClaimStatus | null {
  const texts = new Set<string>();
  const bySource = new Map<string, { outlet: string; days: string[] }>();
  for (const member of members) {
    const own = days.get(member.sentence) ?? [];
    if (own.length === 0 || texts.has(member.text)) continue;
    texts.add(member.text);
    const entry = bySource.get(member.source) ?? { outlet: member.outlet, days: [] };
    entry.days.push(...own);
    bySource.set(member.source, entry);
  }
  const sources = [...bySource.values()];
  const close = (x: string, y: string): boolean => Math.abs(dayNumber(x) - dayNumber(y)) <= slackDays;
  const disagreeing = new Map<string, string>();
  for (let i = 0; i < sources.length; i++) {
    for (let j = i + 1; j < sources.length; j++) {
      const pairs = sources[i]!.days.flatMap((x) => sources[j]!.days.filter((y) => close(x, y)).map((y) => [x, y] as const));
      if (pairs.length === 0 || pairs.some(([x, y]) => x === y)) continue;
      for (const [x, y] of pairs) {
        if (!disagreeing.has(x)) disagreeing.set(x, sources[i]!.outlet);
        if (!disagreeing.has(y)) disagreeing.set(y, sources[j]!.outlet);
      }
    }
  }
  if (disagreeing.size === 0) return null;
  return { status: 'disputed', values: [...disagreeing].sort(([x], [y]) => (x < y ? -1 : 1)).map(([day, outlet]) => `${day} (${outlet})`) };
}

/** `updated` when one sentence gives a counted thing two values and says which is old or new ("reduced to 22"), else null. */
function ownChange(member: ClaimMember, figures: ReadonlyMap<string, readonly FigureReading[]>): ClaimStatus | null {
  const reports: Report[] = (figures.get(member.sentence) ?? []).map((reading) => ({ reading, member, day: dayNumber(member.published) }));
  for (const head of [...new Set(reports.map((report) => report.reading.head))].sort()) {
    const own = reports.filter((report) => report.reading.head === head);
    if (valueGroups(own).length >= 2 && own.some((report) => report.reading.age !== 0)) return figureStatus(own);
  }
  return null;
}

/** The status of a claim with these members (earliest first), their figures, resolved days and opposed stances. */
export function decideStatus(
  members: readonly ClaimMember[],
  figures: ReadonlyMap<string, readonly FigureReading[]>,
  days: ReadonlyMap<string, readonly string[]>,
  stances: ReadonlyMap<string, string> = new Map(),
): ClaimStatus {
  if (members.length === 1) return ownChange(members[0]!, figures) ?? { status: 'single-source' };
  const sources = new Set(members.map((member) => member.source)).size;
  const reports: Report[] = members.flatMap((member) =>
    (figures.get(member.sentence) ?? []).map((reading) => ({ reading, member, day: dayNumber(member.published) })),
  );
  const heads = [...new Set(reports.map((report) => report.reading.head))].sort();
  for (const head of heads) {
    const own = reports.filter((report) => report.reading.head === head);
    if (new Set(own.map((report) => report.member.sentence)).size < 2) continue;
    const status = figureStatus(own);
    if (status) return status;
  }
  const opposed = stanceStatus(members, stances);
  if (opposed) return opposed;
  const dated = sources > 1 ? dateStatus(members, days) : null;
  if (dated) return dated;
  return { status: sources >= 2 ? 'corroborated' : 'single-source' };
}
