/**
 * Where two sentences take opposite stances on one thing: a predicate one affirms and the other
 * denies ("Moscow has received the plan" / "Moscow has not received the plan"), or one happening
 * both name that one of them calls off ("agreed to a summit in Budapest" / "the Budapest summit was
 * shelved"). Each stance is given by the words that carry it, for a claim's values.
 */

/** The predicate group that cancels a happening (`words/predicates.ts`). */
const cancelling = 'cancel';

/** One opposition: the group, and the stance of each sentence as written. */
export interface OpposedStance {
  group: string;
  first: string;
  second: string;
}

/** The stance a sentence takes beside a cancellation: its first affirmed predicate other than the shared one. */
function stanceBeside(predicates: readonly string[], shared: string, surfaces: ReadonlyMap<string, string>): string {
  const own = predicates.find((p) => p !== shared && p !== cancelling && !p.startsWith('!')) ?? shared;
  return surfaces.get(own) ?? own;
}

/** Every opposition between two sentences' predicates (sorted lists, `!` for denied), with each side's words. */
export function opposedStances(
  x: readonly string[],
  y: readonly string[],
  xSurfaces: ReadonlyMap<string, string>,
  ySurfaces: ReadonlyMap<string, string>,
): OpposedStance[] {
  if (x.length === 0 || y.length === 0) return [];
  const found: OpposedStance[] = [];
  for (const p of x) {
    const flipped = p.startsWith('!') ? p.slice(1) : `!${p}`;
    if (y.includes(flipped))
      found.push({ group: p.replace('!', ''), first: xSurfaces.get(p) ?? p, second: ySurfaces.get(flipped) ?? flipped });
  }
  const xCancels = x.includes(cancelling);
  if (xCancels !== y.includes(cancelling)) {
    const shared = x.find((p) => p !== cancelling && !p.startsWith('!') && y.includes(p));
    if (shared !== undefined) {
      found.push({
        group: shared,
        first: xCancels ? (xSurfaces.get(cancelling) ?? cancelling) : stanceBeside(x, shared, xSurfaces),
        second: xCancels ? stanceBeside(y, shared, ySurfaces) : (ySurfaces.get(cancelling) ?? cancelling),
      });
    }
  }
  return found;
}
