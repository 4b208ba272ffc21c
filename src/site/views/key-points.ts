/**
 * Key points by importance and time, not by count alone: facts two or more independent sources report, or that
 * changed or are disputed, ordered by `KEY_POINT_ORDER` (the newest week first, then change, then sources). One key
 * point per happening: a later claim whose reports tell a happening an earlier one already names (`claimHappening`)
 * is the same fact, told in other sentences.
 */
import type { Briefing, Claim } from '../../core/model.ts';
import type { BriefingIndex } from '../data/briefing-index.ts';
import { lastReported } from './claim-states.ts';
import { onePerHappening } from './claim-happening.ts';
import { sortByRules } from './order-rule.ts';
import { KEY_POINT_ORDER } from './stand-order.ts';

/**
 * True for a claim worth a key point: a fact that more than one source reports, or whose value changed or is disputed.
 * A name spelled differently is not a key point: it tells how the sources write, not where the story stands.
 */
export function isKeyPoint(claim: Claim): boolean {
  return claim.kind === 'fact' && claim.status !== 'single-source';
}

/** The key points among `claims`, in key-point order. */
export function keyPoints(index: BriefingIndex, claims: readonly Claim[]): Claim[] {
  const facts = claims.filter(isKeyPoint).map((claim) => ({ claim, newest: lastReported(index, claim) }));
  return onePerHappening(
    index,
    sortByRules(facts, KEY_POINT_ORDER).map(({ claim }) => claim),
  );
}

const cache = new WeakMap<Briefing, Claim[]>();

/** The briefing's key points, computed once. */
export function briefingKeyPoints(briefing: Briefing, index: BriefingIndex): Claim[] {
  const cached = cache.get(briefing);
  if (cached) return cached;
  const points = keyPoints(index, briefing.claims);
  cache.set(briefing, points);
  return points;
}
