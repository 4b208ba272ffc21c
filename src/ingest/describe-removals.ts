/**
 * The ingest report's summary of what cleaning removed: labels counted and pluralised, in order of first
 * appearance (`headline repeat` ×2 → `2 headline repeats`; `dateline WASHINGTON` stays as it is).
 */

const PLURAL_LABELS = new Set(['headline repeat', 'furniture line', 'furniture phrase', 'stray quote mark']);

/** `headline repeat, dateline WASHINGTON, 2 furniture lines`, or `nothing`. */
export function describeRemovals(removed: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const label of removed) counts.set(label, (counts.get(label) ?? 0) + 1);
  if (counts.size === 0) return 'nothing';
  return [...counts]
    .map(([label, count]) => (count === 1 ? label : PLURAL_LABELS.has(label) ? `${count} ${label}s` : `${count} × ${label}`))
    .join(', ');
}
