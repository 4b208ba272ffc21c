/**
 * Compares only the sentence pairs worth comparing: tokens are weighted by inverse document
 * frequency; an inverted index lists, for each token, the sentences that have it among their few
 * rarest tokens (a token in more than `maxPostings` sentences is not indexed at all), and for each
 * extra candidate key the sentences that carry it. Only sentences from different groups
 * (articles) that share an indexed entry are compared. Each comparison reports the cosine
 * similarity of the weighted token sets and what the two share.
 */
import { buildIndex, encode, rarestOf } from './posting-lists.ts';

/** What the words of a pair of compared sentences share. */
export interface WordEvidence {
  /** Index of the first sentence (the lower one). */
  a: number;
  /** Index of the second sentence. */
  b: number;
  /** Cosine similarity of the idf-weighted token sets. */
  score: number;
  /** Number of shared tokens. */
  shared: number;
  /** Shared tokens that are names. */
  sharedNames: number;
  /** Shared date tokens. */
  sharedDates: number;
  /** Shared numbers. */
  sharedNumbers: number;
  /** Shared predicates (`^group` or `!group` tokens). */
  sharedPredicates: number;
  /** Shared titles and roles. */
  sharedTitles: number;
  /** Names in the first sentence that the second lacks. */
  onlyFirstNames: number;
  /** Names in the second sentence that the first lacks. */
  onlySecondNames: number;
}

/** A sentence's tokens (compared) and extra keys (only used to propose candidates). */
export interface SentenceFeatures {
  tokens: readonly string[];
  keys: readonly string[];
}

const dayToken = /^@\d{4}-\d{2}-\d{2}$/;
/** What a token is: a word, a name, a resolved day, another date, a number, a predicate, or a title. */
const WORD = 0;
const NAME = 1;
const DAY = 2;
const DATE = 3;
const NUMBER = 4;
const PREDICATE = 5;
const TITLE = 6;
const kindOf = (token: string, names: ReadonlySet<string>, titles: ReadonlySet<string>): number =>
  names.has(token)
    ? NAME
    : titles.has(token)
      ? TITLE
      : dayToken.test(token)
        ? DAY
        : token.startsWith('@')
          ? DATE
          : /^\d/.test(token)
            ? NUMBER
            : /^[\^!]/.test(token)
              ? PREDICATE
              : WORD;

/** How candidates are proposed and which comparisons are worth reporting. */
export interface CandidateLimits {
  /** How many of its rarest tokens a sentence is indexed under. */
  sketch: number;
  /** Tokens and keys in more sentences than this are too common to propose candidates. */
  maxPostings: number;
  /** Entries in at most this many sentences propose a pair on their own; others must come in twos. */
  soloPostings: number;
  /** Pairs sharing fewer tokens are not reported. */
  minShared: number;
}

/** Every candidate pair of sentences in different groups, with its evidence, passed to `visit`. */
export function compareCandidates(
  features: readonly SentenceFeatures[],
  group: readonly number[],
  names: ReadonlySet<string>,
  titles: ReadonlySet<string>,
  limits: CandidateLimits,
  visit: (pair: WordEvidence) => void,
): void {
  const ids = new Map<string, number>();
  const counts: number[] = [];
  const docs = encode(
    features.map((f) => f.tokens),
    ids,
    counts,
  );
  const tokenCount = counts.length;
  const keys = encode(
    features.map((f) => f.keys),
    ids,
    counts,
  );
  const kind = new Uint8Array(tokenCount);
  for (const [token, id] of ids) if (id < tokenCount) kind[id] = kindOf(token, names, titles);
  // A resolved day is as specific as the rarest word, however many sentences carry it.
  const weight = Float64Array.from(
    counts.slice(0, tokenCount),
    (count, id) => Math.log(1 + features.length / (kind[id] === DAY ? 1 : count)) ** 2,
  );
  const norms = docs.map((doc) => Math.sqrt(doc.reduce((sum, id) => sum + weight[id]!, 0)));
  const nameCounts = docs.map((doc) => doc.reduce((sum, id) => sum + (kind[id] === NAME ? 1 : 0), 0));
  const indexed = (id: number): boolean => counts[id]! >= 2 && counts[id]! <= limits.maxPostings;
  const entries = docs.map((doc, s) =>
    Int32Array.from([...rarestOf(doc, counts, limits.maxPostings, limits.sketch), ...keys[s]!.filter(indexed)]),
  );
  const { start, list } = buildIndex(entries, counts.length);
  // Sentences are visited in index order, so each posting list is read only past the current one.
  // A shared rare entry makes a candidate at once; entries in many sentences must come in twos.
  const cursor = start.slice(0, counts.length);
  const groups = Int32Array.from(group);
  const votes = new Int32Array(docs.length);
  const touched: number[] = [];
  entries.forEach((entry, a) => {
    for (const id of entry) {
      const from = cursor[id]! + 1;
      cursor[id] = from;
      const vote = counts[id]! <= limits.soloPostings ? 2 : 1;
      for (let p = from; p < start[id + 1]!; p++) {
        const b = list[p]!;
        if (groups[b] === groups[a]) continue;
        if (votes[b] === 0) touched.push(b);
        votes[b]! += vote;
      }
    }
    for (const b of touched) {
      if (votes[b]! >= 2) {
        const pair = comparePair(docs[a]!, docs[b]!, weight, kind, limits.minShared);
        if (pair) {
          const score = norms[a]! > 0 && norms[b]! > 0 ? pair.weight / (norms[a]! * norms[b]!) : 0;
          const { shared, sharedNames, sharedDates, sharedNumbers, sharedPredicates, sharedTitles } = pair;
          const onlyFirstNames = nameCounts[a]! - sharedNames;
          const onlySecondNames = nameCounts[b]! - sharedNames;
          visit({
            a,
            b,
            score,
            shared,
            sharedNames,
            sharedDates,
            sharedNumbers,
            sharedPredicates,
            sharedTitles,
            onlyFirstNames,
            onlySecondNames,
          });
        }
      }
      votes[b] = 0;
    }
    touched.length = 0;
  });
}

/** Shared weight and counts of two sorted id lists, or null when they share fewer than `minShared`. */
function comparePair(
  x: Int32Array,
  y: Int32Array,
  weight: Float64Array,
  kind: Uint8Array,
  minShared: number,
):
  | (Pick<WordEvidence, 'shared' | 'sharedNames' | 'sharedDates' | 'sharedNumbers' | 'sharedPredicates' | 'sharedTitles'> & {
      weight: number;
    })
  | null {
  let total = 0;
  let shared = 0;
  let sharedNames = 0;
  let sharedDates = 0;
  let sharedNumbers = 0;
  let sharedPredicates = 0;
  let sharedTitles = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    const u = x[i]!;
    const v = y[j]!;
    if (u === v) {
      total += weight[u]!;
      shared++;
      if (kind[u] === NAME) sharedNames++;
      else if (kind[u] === DAY || kind[u] === DATE) sharedDates++;
      else if (kind[u] === NUMBER) sharedNumbers++;
      else if (kind[u] === PREDICATE) sharedPredicates++;
      else if (kind[u] === TITLE) sharedTitles++;
      i++;
      j++;
    } else if (u < v) i++;
    else j++;
  }
  return shared >= minShared ? { weight: total, shared, sharedNames, sharedDates, sharedNumbers, sharedPredicates, sharedTitles } : null;
}
