/**
 * How the ingest report names what cleaning removed: a summary line of kinds, counted and pluralised in
 * order of first appearance (`headline repeat, dateline WASHINGTON, 2 advertisement lines, photo credit`),
 * and, for `--show-removed`, one line per removal with the removed text and the reason.
 */
import type { Removal } from './clean/clean-rule.ts';

/** The summary label of a removal: its kind, with what was kept as a field (`dateline GENEVA (Reuters)`). */
function labelOf(removal: Removal): string {
  return removal.kept === null ? removal.kind : `${removal.kind} ${removal.kept}`;
}

/** `headline repeat, dateline WASHINGTON, 2 advertisement lines`, or `nothing`. */
export function describeRemovals(removed: readonly Removal[]): string {
  const counts = new Map<string, { removal: Removal; count: number }>();
  for (const removal of removed) {
    const label = labelOf(removal);
    const entry = counts.get(label);
    if (entry) entry.count += 1;
    else counts.set(label, { removal, count: 1 });
  }
  if (counts.size === 0) return 'nothing';
  return [...counts]
    .map(([label, { removal, count }]) => (count === 1 ? label : removal.kept === null ? `${count} ${label}s` : `${count} × ${label}`))
    .join(', ');
}

/** Quotes a removed text for one report line: control characters escaped (JSON), long texts cut. */
function quoted(text: string, max = 160): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}

/** One line per removal: `advertisement line: "Advertisement" (drop-furniture-lines: matches "Advertisement")`. */
export function listRemovals(removed: readonly Removal[]): string[] {
  return removed.map((removal) => `${labelOf(removal)}: ${quoted(removal.text)} (${removal.reason})`);
}
