/**
 * The states of an updated or disputed claim, each with its first source and day: "28 points (The Kyiv
 * Independent, 27 Nov) → 19 points (Example Wire, 30 Nov)". The analysis gives each value as `value (outlet)`
 * in the order first reported; the day is that of the outlet's earliest report among the claim's sentences.
 */
import type { Article, Claim } from '../../core/model.ts';
import type { BriefingIndex } from '../data/briefing-index.ts';
import { articleOfSentence, oldestFirst } from './selectors.ts';

/** One value of a claim with who reported it first and when. */
export interface ClaimState {
  /** The value as reported (`22 points`). */
  value: string;
  /** The outlet that reported it. */
  outlet: string;
  /** That outlet's earliest article among the claim's reports, or null when none matches. */
  article: Article | null;
  /** The sentence of that report, or null. */
  sentence: string | null;
}

/** Splits `value (outlet)` using the claim's outlets, so an outlet with brackets of its own (`The Sun (Malaysia)`) stays whole. */
function splitValue(claim: Claim, labelled: string): { value: string; outlet: string } {
  const outlet = claim.outlets.find((name) => labelled.endsWith(` (${name})`));
  return outlet ? { value: labelled.slice(0, -(outlet.length + 3)), outlet } : { value: labelled, outlet: '' };
}

/** The claim's values in the order first reported, each with its first report; empty for a claim without values. */
export function claimStates(index: BriefingIndex, claim: Claim): ClaimState[] {
  const reports = claim.sentences
    .map((sentence) => ({ sentence, article: articleOfSentence(index, sentence) }))
    .filter((row): row is { sentence: string; article: Article } => row.article !== undefined)
    .sort((a, b) => oldestFirst(a.article, b.article) || (a.sentence < b.sentence ? -1 : 1));
  return (claim.values ?? []).map((labelled) => {
    const { value, outlet } = splitValue(claim, labelled);
    const first = reports.find((report) => report.article.outlet === outlet);
    return { value, outlet, article: first?.article ?? null, sentence: first?.sentence ?? null };
  });
}

/** The newest publication day among a claim's reports (`YYYY-MM-DD`), or its first report when none resolves. */
export function lastReported(index: BriefingIndex, claim: Claim): string {
  return claim.sentences.reduce((newest, id) => {
    const published = articleOfSentence(index, id)?.published ?? '';
    return published > newest ? published : newest;
  }, claim.firstReported);
}

/** The claim's report from its newest article (the centre when several are as new): its newest state. */
export function newestReport(index: BriefingIndex, claim: Claim): string {
  const newest = lastReported(index, claim);
  return claim.sentences.find((id) => articleOfSentence(index, id)?.published === newest) ?? claim.sentences[0] ?? '';
}
