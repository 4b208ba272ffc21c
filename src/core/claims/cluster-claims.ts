/**
 * The claims stage: sentences from different articles that report the same thing become one
 * claim, with its sources counted (wire copy once) and its status (corroborated, single-source
 * or disputed). Candidate pairs come from an inverted index of rare tokens (see
 * `compareCandidates`), named link rules accept or reject them (`link-rules.ts`), and union-find
 * joins linked sentences into claims, strongest links first, one sentence per article
 * (`joinLinks`).
 */
import type { Claim, Figure, TimelineEvent } from '../model.ts';
import type { ParsedArticle } from '../stages.ts';
import { claimId } from './claim-id.ts';
import { readCorpus } from './read-corpus.ts';
import { findDispute, type ClaimMember } from './find-dispute.ts';
import { linkOf, type MatchOptions } from './link-rules.ts';
import { joinLinks, type SentenceLink } from './join-links.ts';
import { compareCandidates, type SentenceFeatures } from './compare-candidates.ts';

/** A sentence with what clustering needs to know about its article. */
interface Row {
  id: string;
  text: string;
  article: number;
  index: number;
  published: string;
  outlet: string;
  source: string;
}

/**
 * Default matching options: cosine 0.27 on idf-weighted stems with at least four shared tokens,
 * 0.22 for the same dated happening. The candidate limits keep the work near-linear: a token in
 * more than √n sentences (at least 20, at most 100) proposes no pairs; a sentence is indexed under
 * its 200,000/n rarest tokens (all of them in a small corpus, five in a huge one); and one shared
 * token proposes a pair alone only while it is in at most 400,000/n sentences.
 */
export function defaultMatchOptions(sentences: number): MatchOptions {
  const n = Math.max(1, sentences);
  const maxPostings = Math.min(100, Math.max(20, Math.ceil(Math.sqrt(n))));
  return {
    threshold: 0.27,
    happeningThreshold: 0.22,
    minShared: 4,
    maxPostings,
    soloPostings: Math.min(maxPostings, Math.max(5, Math.round(400_000 / n))),
    sketch: Math.max(5, Math.round(200_000 / n)),
  };
}

const dayToken = /^@\d{4}-\d{2}-\d{2}$/;
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

/** Each sentence's tokens, plus candidate keys (day + pair of names) for the same-happening rule. */
function featuresOf(tokens: readonly string[][], names: ReadonlySet<string>): SentenceFeatures[] {
  return tokens.map((own) => {
    const present = own.filter((token) => names.has(token)).sort(compare);
    const days = own.filter((token) => dayToken.test(token));
    const keys = days.flatMap((day) => present.flatMap((x, i) => present.slice(i + 1).map((y) => `${day}|${x}|${y}`)));
    return { tokens: own, keys };
  });
}

/** Members in claim order: earliest published first, ties to the most central, then article and position. */
function orderMembers(members: readonly number[], rows: readonly Row[], centrality: Float64Array): number[] {
  return [...members].sort((x, y) => {
    const a = rows[x]!;
    const b = rows[y]!;
    if (a.published !== b.published) return compare(a.published, b.published);
    if (centrality[x] !== centrality[y]) return centrality[y]! - centrality[x]!;
    return a.article !== b.article ? a.article - b.article : a.index - b.index;
  });
}

/** Clusters reports of the same thing across articles into claims, most independent sources first. */
export function clusterClaims(
  articles: readonly ParsedArticle[],
  topicsBySentence: ReadonlyMap<string, readonly string[]>,
  figures: readonly Figure[],
  events: readonly TimelineEvent[],
  options?: MatchOptions,
): Claim[] {
  const ordered = [...articles].sort((a, b) => compare(a.input.slug, b.input.slug));
  const rows: Row[] = ordered.flatMap((article, n) =>
    article.sentences.map((s) => ({
      id: s.id,
      text: s.text,
      article: n,
      index: s.index,
      published: article.input.published,
      outlet: article.input.outlet,
      source: article.input.wire ?? article.input.outlet,
    })),
  );
  const datesBySentence = groupBy(events, (e) => e.sentence);
  const dates = new Map([...datesBySentence].map(([id, list]) => [id, list.map((e) => e.date)]));
  const settings = options ?? defaultMatchOptions(rows.length);
  const { tokens, names } = readCorpus(rows.map((row) => row.text), rows.map((row) => dates.get(row.id) ?? []));
  const links: SentenceLink[] = [];
  compareCandidates(featuresOf(tokens, names), rows.map((row) => row.article), names, settings, (pair) => {
    if (linkOf(pair, settings) !== null) links.push({ a: pair.a, b: pair.b, score: pair.score });
  });
  const { groups, centrality } = joinLinks(links, rows.map((row) => row.article));

  const figuresBySentence = groupBy(figures, (f) => f.sentence);
  const claims: Claim[] = [];
  for (const members of groups) {
    const multiArticle = members.length > 1 && new Set(members.map((i) => rows[i]!.article)).size > 1;
    if (!multiArticle && (topicsBySentence.get(rows[members[0]!]!.id)?.length ?? 0) === 0) continue;
    const order = orderMembers(members, rows, centrality).map((i) => rows[i]!);
    const sources = new Set(order.map((row) => row.source));
    const claimMembers: ClaimMember[] = order.map((row) => ({ sentence: row.id, source: row.source, outlet: row.outlet }));
    const values = sources.size > 1 ? findDispute(claimMembers, figuresBySentence, dates) : null;
    const topics = [...new Set(order.flatMap((row) => topicsBySentence.get(row.id) ?? []))];
    claims.push({
      id: claimId(order.map((row) => row.id)),
      summary: order[0]!.text,
      sentences: order.map((row) => row.id),
      outlets: [...new Set(order.map((row) => row.outlet))].sort(compare),
      independentSources: sources.size,
      status: values ? 'disputed' : sources.size >= 2 ? 'corroborated' : 'single-source',
      ...(values ? { values } : {}),
      topics,
      firstReported: order[0]!.published,
    });
  }
  return claims.sort(
    (a, b) =>
      b.independentSources - a.independentSources ||
      b.sentences.length - a.sentences.length ||
      compare(a.firstReported, b.firstReported) ||
      compare(a.id, b.id),
  );
}
