/**
 * Claim scores: are the briefing's multi-source claims facts, or shared names?
 *
 * Each gold same-fact item (`cross_source`) lists the sentences that state it. A briefing claim whose
 * members come from two or more articles is one gold fact when a single gold item holds at least half
 * of its members, and those members come from two or more articles ("strict": all of its members).
 * A `corroborated` gold item is recalled when such a claim stands for it. A gold `discrepancy` is shown
 * when a claim marked disputed or updated holds its sentences from two or more articles, and those are at
 * least half of the claim's members in the scored articles (so a claim about something else that shares a
 * sentence does not count); `update` items are counted the same way.
 */
import type { Briefing, Claim } from '../core/model.ts';
import { findSentence } from './find-sentence.ts';
import type { GoldCrossSource } from './gold.ts';
import type { ArticlePair } from './match-articles.ts';
import { articleOf } from '../core/ids.ts';

/** A multi-source claim and the gold item it was judged against, for the report. */
export interface ClaimJudgement {
  /** Briefing claim id. */
  claim: string;
  /** Its summary. */
  summary: string;
  /** Articles its members come from. */
  articles: number;
  /** The gold item holding most of its members, or null. */
  gold: string | null;
  /** Members in that item / members. */
  share: number;
  /** True when it is one gold fact. */
  correct: boolean;
  /** True for a claim that a name is spelled differently (not a fact claim). */
  spelling: boolean;
}

/** Claim scores of a briefing. */
export interface ClaimReport {
  /** Briefing claims with members from two or more paired articles. */
  multiSource: number;
  /** Of those, how many are one gold fact. */
  correct: number;
  /** correct / multiSource. */
  precision: number;
  /** Multi-source claims of facts only, leaving out names spelled differently (judged as discrepancies). */
  factMultiSource: number;
  /** Of those, how many are one gold fact. */
  factCorrect: number;
  /** Of all multi-source claims, how many lie wholly inside one gold item. */
  correctStrict: number;
  /** Gold `corroborated` items. */
  corroborated: number;
  /** How many a correct claim stands for. */
  corroboratedFound: number;
  /** corroboratedFound / corroborated. */
  recall: number;
  /** Gold `discrepancy` items. */
  discrepancies: number;
  /** How many a disputed or updated claim shows. */
  discrepanciesShown: number;
  /** Gold `update` items. */
  updates: number;
  /** How many a disputed or updated claim shows. */
  updatesShown: number;
  /** Every multi-source claim with its judgement. */
  judgements: ClaimJudgement[];
  /** Gold corroborated items no claim stands for. */
  missed: string[];
}

/** Briefing sentence ids of a gold item, by article. */
function resolveItem(item: GoldCrossSource, pairs: readonly ArticlePair[]): Set<string> {
  const ids = new Set<string>();
  for (const sentence of item.sentences) {
    const pair = pairs.find((p) => p.gold.file === sentence.file);
    const found = pair ? findSentence(pair.article, sentence.text) : null;
    if (found) ids.add(found.id);
  }
  return ids;
}

const articlesIn = (ids: Iterable<string>): number => new Set([...ids].map(articleOf)).size;
const shows = (claim: Claim): boolean => (claim.status as string) === 'disputed' || (claim.status as string) === 'updated';

/** Scores the briefing's claims against the gold cross-source items of the paired articles. */
export function scoreClaims(briefing: Briefing, pairs: readonly ArticlePair[], items: readonly GoldCrossSource[]): ClaimReport {
  const paired = new Set(pairs.map((p) => p.article.id));
  const pairedFiles = new Set(pairs.map((p) => p.gold.file));
  const gold = items
    .filter((item) => item.files.some((file) => pairedFiles.has(file)))
    .map((item) => ({ item, ids: resolveItem(item, pairs) }));
  // Each claim's members in the scored articles, read once for the judgements and for the items shown.
  const membersOf = new Map(briefing.claims.map((claim) => [claim, claim.sentences.filter((id) => paired.has(articleOf(id)))]));
  const judgements: ClaimJudgement[] = [];
  const recalled = new Set<GoldCrossSource>();
  for (const claim of briefing.claims) {
    const members = membersOf.get(claim)!;
    const articles = articlesIn(members);
    if (articles < 2) continue;
    let best: (typeof gold)[number] | null = null;
    let bestInside: string[] = [];
    for (const entry of gold) {
      const inside = members.filter((id) => entry.ids.has(id));
      if (inside.length > bestInside.length) {
        best = entry;
        bestInside = inside;
      }
    }
    const share = bestInside.length / members.length;
    const correct = best !== null && articlesIn(bestInside) >= 2 && share >= 0.5;
    // Gold items may share sentences (a fact that is also one side of a discrepancy): the claim recalls each item it
    // states, not only the one with the most of its members.
    for (const entry of gold) {
      const inside = members.filter((id) => entry.ids.has(id));
      if (articlesIn(inside) >= 2 && inside.length >= members.length / 2) recalled.add(entry.item);
    }
    judgements.push({
      claim: claim.id,
      summary: claim.summary,
      articles,
      gold: best?.item.claim ?? null,
      share,
      correct,
      spelling: claim.kind === 'spelling',
    });
  }
  /**
   * A disputed or updated claim shows a gold item when its members inside the item come from two articles and are
   * half its members at least.
   */
  const showsItem = (claim: Claim, ids: ReadonlySet<string>): boolean => {
    if (!shows(claim)) return false;
    const members = membersOf.get(claim)!;
    const inside = members.filter((id) => ids.has(id));
    return articlesIn(inside) >= 2 && inside.length >= members.length / 2;
  };
  const shown = (kind: string) =>
    gold.filter(({ item, ids }) => item.kind === kind && briefing.claims.some((claim) => showsItem(claim, ids))).length;
  const corroborated = gold.filter(({ item }) => item.kind === 'corroborated');
  const correct = judgements.filter((j) => j.correct).length;
  const found = corroborated.filter(({ item }) => recalled.has(item)).length;
  return {
    multiSource: judgements.length,
    correct,
    precision: judgements.length === 0 ? 1 : correct / judgements.length,
    factMultiSource: judgements.filter((j) => !j.spelling).length,
    factCorrect: judgements.filter((j) => !j.spelling && j.correct).length,
    correctStrict: judgements.filter((j) => j.correct && j.share === 1).length,
    corroborated: corroborated.length,
    corroboratedFound: found,
    recall: corroborated.length === 0 ? 1 : found / corroborated.length,
    discrepancies: gold.filter(({ item }) => item.kind === 'discrepancy').length,
    discrepanciesShown: shown('discrepancy'),
    updates: gold.filter(({ item }) => item.kind === 'update').length,
    updatesShown: shown('update'),
    judgements,
    missed: corroborated.filter(({ item }) => !recalled.has(item)).map(({ item }) => item.claim),
  };
}
