/**
 * The claims stage: sentences from different articles that state the same fact become one claim,
 * with its sources counted (wire copy once) and its status (corroborated, single-source, updated or
 * disputed). Candidate pairs come from an inverted index of rare tokens and of blocking keys (see
 * `compareCandidates`); named link rules accept or reject each pair on what it shares: predicates,
 * times, figures, holders and words (`rules.ts`); and the linked sentences gather around
 * centres, each member linked to its centre (`gatherAroundCentres`). The centre's sentence is the
 * claim's summary; its status comes from the members' figures, dates and opposed stances
 * (`decideStatus`).
 */
import type { Claim } from '../model.ts';
import { claimId } from './claim-id.ts';
import { decideStatus, type ClaimMember } from './decide-status.ts';
import { gatherAroundCentres } from './gather-around-centres.ts';
import type { MatchOptions } from './rule.ts';
import { linkSentences } from './link-sentences.ts';
import { opposedStances } from './opposed-stances.ts';
import { readClaimSentences, type ClaimInput, type Row } from './read-claim-sentences.ts';

/**
 * Default matching options: cosine 0.18 on idf-weighted stems for paraphrases, 0.15 for the same
 * dated happening or the same holder's statement, at least two shared tokens to be compared at all,
 * and 21 days at most between two values of one figure. The candidate limits keep the work
 * near-linear: a token or key in more than √n sentences (at least 20, at most 100) proposes no
 * pairs; a sentence is indexed under its 200,000/n rarest tokens (all of them in a small corpus,
 * five in a huge one) and its few keys; and one shared entry proposes a pair alone only while it is
 * in at most 400,000/n sentences. So each sentence is compared with at most
 * (sketch + keys) × maxPostings others.
 */
export function defaultMatchOptions(sentences: number): MatchOptions {
  const n = Math.max(1, sentences);
  const maxPostings = Math.min(100, Math.max(20, Math.ceil(Math.sqrt(n))));
  return {
    threshold: 0.18,
    happeningThreshold: 0.15,
    storyDays: 21,
    minShared: 2,
    maxPostings,
    soloPostings: Math.min(maxPostings, Math.max(5, Math.round(400_000 / n))),
    sketch: Math.max(5, Math.round(200_000 / n)),
  };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Members in claim order: the centre, then the others by publication, article and position. */
function orderMembers(members: readonly number[], rows: readonly Row[]): number[] {
  const [centre, ...rest] = members;
  return [
    centre!,
    ...rest.sort((x, y) => {
      const a = rows[x]!;
      const b = rows[y]!;
      return compare(a.published, b.published) || a.article - b.article || a.index - b.index;
    }),
  ];
}

/** Clusters reports of the same fact across articles into claims, most independent sources first. */
export function clusterClaims(input: ClaimInput, options?: MatchOptions): Claim[] {
  const { topics: topicsBySentence } = input;
  const sentences = readClaimSentences(input);
  const { rows } = sentences;
  const links = linkSentences(sentences, options ?? defaultMatchOptions(rows.length));
  const groups = gatherAroundCentres(
    links,
    rows.map((row) => row.article),
  );
  const changed = new Set(links.filter((link) => link.changed).map((link) => `${link.a}|${link.b}`));
  const changedWith = (x: number, y: number): boolean => changed.has(x < y ? `${x}|${y}` : `${y}|${x}`);
  /** The stances of a centre and the members that oppose it, by sentence id. */
  const stancesOf = ([centre, ...members]: readonly number[]): Map<string, string> => {
    const stances = new Map<string, string>();
    for (const member of members) {
      if (!changedWith(centre!, member)) continue;
      const [opposed] = opposedStances(
        sentences.predicates[centre!]!,
        sentences.predicates[member]!,
        sentences.surfaces[centre!]!,
        sentences.surfaces[member]!,
      );
      if (!opposed) continue;
      if (!stances.has(rows[centre!]!.id)) stances.set(rows[centre!]!.id, opposed.first);
      stances.set(rows[member]!.id, opposed.second);
    }
    return stances;
  };

  const grouped = new Uint8Array(rows.length);
  for (const group of groups) for (const member of group) grouped[member] = 1;
  const singles = rows.flatMap((row, i) => (grouped[i] === 0 && (topicsBySentence.get(row.id)?.length ?? 0) > 0 ? [[i]] : []));
  const days = new Map(rows.map((row, i) => [row.id, sentences.dates[i]!.filter((date) => date.length === 10)]));
  const figuresOf = new Map(rows.map((row, i) => [row.id, sentences.figures[i]!]));
  const claims: Claim[] = [...groups, ...singles].map((members) => {
    const order = orderMembers(members, rows).map((i) => rows[i]!);
    const earliest = [...order].sort((x, y) => compare(x.published, y.published) || x.article - y.article || x.index - y.index);
    const claimMembers: ClaimMember[] = earliest.map((row) => ({
      sentence: row.id,
      text: row.text,
      source: row.source,
      outlet: row.outlet,
      published: row.published,
    }));
    const { status, values } = decideStatus(claimMembers, figuresOf, days, stancesOf(members));
    return {
      id: claimId(order.map((row) => row.id)),
      kind: 'fact' as const,
      summary: order[0]!.text,
      sentences: order.map((row) => row.id),
      outlets: [...new Set(order.map((row) => row.outlet))].sort(compare),
      independentSources: new Set(order.map((row) => row.source)).size,
      status,
      ...(values ? { values } : {}),
      topics: [...new Set(order.flatMap((row) => topicsBySentence.get(row.id) ?? []))],
      firstReported: earliest[0]!.published,
    };
  });
  return claims.sort(
    (a, b) =>
      b.independentSources - a.independentSources ||
      b.sentences.length - a.sentences.length ||
      compare(a.firstReported, b.firstReported) ||
      compare(a.id, b.id),
  );
}
