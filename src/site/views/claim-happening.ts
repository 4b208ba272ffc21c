/**
 * The happening a claim's reports all tell, when there is one. Reports of one happening are one claim however much
 * else each sentence says ("Zelenskiy voiced optimism ahead of the meeting in Alaska on Friday", "held talks for
 * nearly three hours on Friday"), so what its independent sources agree on is the happening ("The Trump-Putin summit",
 * Friday 15 August), not every clause of the sentence chosen to stand for it; a card says so.
 */
import type { Claim, Happening } from '../../core/model.ts';
import type { BriefingIndex } from '../data/briefing-index.ts';
import { formatDate } from '../../format/format-date.ts';
import { excerpt } from '../../format/excerpt.ts';

/** The one happening every sentence of the claim has an event in (the first such, in timeline order), or null. */
export function claimHappening(index: BriefingIndex, claim: Claim): Happening | null {
  if (claim.sentences.length < 2) return null;
  let shared: Happening[] | null = null;
  for (const id of claim.sentences) {
    const own = (index.eventsBySentence.get(id) ?? []).flatMap((event) => index.happeningByEvent.get(event.id) ?? []);
    shared = shared === null ? own : shared.filter((happening) => own.includes(happening));
    if (shared.length === 0) return null;
  }
  return shared?.[0] ?? null;
}

/**
 * A claim in a list of claims: the words to quote and what follows them. A corroborated claim whose reports tell one
 * happening is that happening's line with its date after it ("The Trump-Putin summit" (Fri 15 Aug 2025)); any other
 * is its summary cut to `length` characters.
 */
export function claimWording(index: BriefingIndex, claim: Claim, length: number): { quoted: string; after: string } {
  const happening = claim.status === 'corroborated' ? claimHappening(index, claim) : null;
  return happening
    ? { quoted: happening.line, after: ` (${formatDate(happening.date, happening.precision)})` }
    : { quoted: excerpt(claim.summary, length), after: '' };
}

/** `claims` in their order, less each corroborated one whose happening an earlier one already names: one fact, one entry. */
export function onePerHappening(index: BriefingIndex, claims: readonly Claim[]): Claim[] {
  const named = new Set<string>();
  return claims.filter((claim) => {
    const happening = claim.status === 'corroborated' ? claimHappening(index, claim) : null;
    if (happening === null) return true;
    if (named.has(happening.id)) return false;
    named.add(happening.id);
    return true;
  });
}
