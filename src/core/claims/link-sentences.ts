/**
 * Links the sentences that state the same fact, or give different values of one thing: candidate
 * pairs from the inverted index (`compareCandidates`, bounded by its posting limits), each weighed
 * on what it shares (predicates, holders, times, figures) and tried against the link rules.
 */
import { rangesOverlap } from '../figures/figure-range.ts';
import type { SentenceLink } from './gather-around-centres.ts';
import { compareCandidates, type SentenceFeatures, type WordEvidence } from './compare-candidates.ts';
import type { LinkFact, LinkRule, MatchOptions, PairEvidence } from './rule.ts';
import { linkOf } from './rules.ts';
import type { ClaimSentences } from './read-claim-sentences.ts';
import { opposedStances } from './opposed-stances.ts';
import type { FigureReading } from './read-figures.ts';
import { statedTimesMeet, timesMeet } from './sentence-time.ts';

/** How many items of `x` are in `y` (both short). */
function overlap(x: readonly string[], y: readonly string[]): number {
  if (x.length === 0 || y.length === 0) return 0;
  let count = 0;
  for (const item of x) if (y.includes(item)) count++;
  return count;
}

/** True when each list holds an item the other lacks. */
function bothHaveOwn(x: readonly string[], y: readonly string[]): boolean {
  return x.some((item) => !y.includes(item)) && y.some((item) => !x.includes(item));
}

/**
 * Speakers of different sides (the White House and the US Secretary of State speak for one), or one's speaker the
 * other's subject, with no person taking part in both.
 */
function speakersDiffer(
  xHolders: readonly string[],
  yHolders: readonly string[],
  xSides: readonly string[],
  ySides: readonly string[],
  xPeople: readonly string[],
  yPeople: readonly string[],
): boolean {
  if (overlap(xPeople, yPeople) > 0) return false;
  if (xSides.length > 0 && ySides.length > 0 && overlap(xSides, ySides) === 0) return true;
  return overlap(xHolders, yPeople) > 0 || overlap(yHolders, xPeople) > 0;
}

/** Counted things both give a figure for: how many agree somewhere, and how many never agree. */
function figureEvidence(x: readonly FigureReading[], y: readonly FigureReading[]): { same: number; changed: number } {
  if (x.length === 0 || y.length === 0) return { same: 0, changed: 0 };
  let same = 0;
  let changed = 0;
  for (const head of new Set(x.map((f) => f.head))) {
    const theirs = y.filter((f) => f.head === head);
    if (theirs.length === 0) continue;
    const agree = x.some((f) => f.head === head && theirs.some((g) => rangesOverlap(f.range, g.range)));
    if (agree) same++;
    else changed++;
  }
  return { same, changed };
}

/**
 * Blocking keys beside the rare tokens: each affirmed predicate with each stated day and with each
 * holder, each predicate group alone, and each figure's counted thing, so that two reports of one
 * event, one statement, one stance or one figure are compared even when their rarest words differ.
 * A sentence has at most predicates × (days + holders + 1) + figures keys; a key in more than
 * `maxPostings` sentences (a common predicate) proposes nothing.
 */
function keysOf(sentences: ClaimSentences, i: number): string[] {
  const keys: string[] = [];
  const days = sentences.dates[i]!.filter((date) => date.length === 10);
  const holders = sentences.holders[i]!;
  if (days.length > 0 || holders.length > 0) {
    for (const predicate of sentences.predicates[i]!) {
      if (predicate.startsWith('!')) continue;
      for (const day of days) keys.push(`${predicate}|${day}`);
      for (const holder of holders) keys.push(`${predicate}|${holder}`);
    }
  }
  // Each predicate group whether affirmed or denied, so that opposite stances meet ("received" / "not received").
  for (const predicate of sentences.predicates[i]!) keys.push(`~${predicate.replace('!', '')}`);
  for (const figure of sentences.figures[i]!) keys.push(`#${figure.head}`);
  return keys.length > 1 ? [...new Set(keys)] : keys;
}

/** What a pair shares, from its word evidence and the sentences' readings. */
export function weighPair(sentences: ClaimSentences, words: WordEvidence): PairEvidence {
  const { a, b } = words;
  const { rows, predicates, surfaces, holders, sides, people, times, figures, publishedDays } = sentences;
  const figure = figureEvidence(figures[a]!, figures[b]!);
  return {
    ...words,
    opposedPredicates: opposedStances(predicates[a]!, predicates[b]!, surfaces[a]!, surfaces[b]!).length,
    sharedHolders: overlap(holders[a]!, holders[b]!),
    soleHolderShared: soleHolderIn(holders[a]!, holders[b]!) || soleHolderIn(holders[b]!, holders[a]!),
    peopleConflict: bothHaveOwn(people[a]!, people[b]!),
    speakerConflict: speakersDiffer(holders[a]!, holders[b]!, sides[a]!, sides[b]!, people[a]!, people[b]!),
    timesMeet: timesMeet(times[a]!, times[b]!),
    statedTimesMeet: statedTimesMeet(times[a]!, times[b]!),
    publishedGap: Math.abs(publishedDays[a]! - publishedDays[b]!),
    sameFigures: figure.same,
    changedFigures: figure.changed,
    identical: rows[a]!.text === rows[b]!.text,
  };
}

/** The names of the fact a rule links two sentences by (see `LinkFact`). */
function factsOf(sentences: ClaimSentences, a: number, b: number, fact: LinkFact): string[] {
  const { predicates, surfaces, figures } = sentences;
  if (fact === 'copy') return ['*'];
  if (fact === 'figure')
    return [...new Set(figures[a]!.filter((f) => figures[b]!.some((g) => g.head === f.head)).map((f) => `#${f.head}`))];
  if (fact === 'stance') return opposedStances(predicates[a]!, predicates[b]!, surfaces[a]!, surfaces[b]!).map((stance) => stance.group);
  if (fact === 'statement') return sentences.holders[a]!.filter((h) => sentences.holders[b]!.includes(h)).map((h) => `@${h}`);
  return predicates[a]!.filter((p) => predicates[b]!.includes(p)).map((p) => p.replace('!', ''));
}

/** True when `own` reports one holder's statement alone and `other` reports that holder too. */
const soleHolderIn = (own: readonly string[], other: readonly string[]): boolean => own.length === 1 && other.includes(own[0]!);

/** True when two sentences report a statement of one holder. */
const holdersMeet = (x: readonly string[], y: readonly string[]): boolean => x.some((holder) => y.includes(holder));

/** Every accepted link; `inspect` sees every compared pair with the rule that took it (or null). */
export function linkSentences(
  sentences: ClaimSentences,
  options: MatchOptions,
  inspect?: (pair: PairEvidence, rule: LinkRule | null) => void,
): SentenceLink[] {
  const features: SentenceFeatures[] = sentences.rows.map((_, i) => ({ tokens: sentences.tokens[i]!, keys: keysOf(sentences, i) }));
  const links: SentenceLink[] = [];
  const { rows, figures, times, holders } = sentences;
  const lowest = Math.min(options.threshold, options.happeningThreshold);
  // A sentence that denies or calls off something can oppose another's stance.
  const opposable = Uint8Array.from(sentences.predicates, (own) => (own.some((p) => p.startsWith('!') || p === 'cancel') ? 1 : 0));
  compareCandidates(
    features,
    rows.map((row) => row.article),
    sentences.names,
    sentences.titles,
    options,
    (words) => {
      // Only the copy, figure, stance and same-day statement rules link without a shared predicate, meeting times
      // and the lowest likeness: pairs that can satisfy none of them are not weighed at all (a saving, not a rule).
      const { a, b } = words;
      const special =
        (figures[a]!.length > 0 && figures[b]!.length > 0) || rows[a]!.text === rows[b]!.text || opposable[a] === 1 || opposable[b] === 1;
      const weak = words.sharedPredicates === 0 || words.score < lowest || !timesMeet(times[a]!, times[b]!);
      if (!inspect && !special && weak && !(words.score >= options.threshold && holdersMeet(holders[a]!, holders[b]!))) return;
      const pair = weighPair(sentences, words);
      const rule = linkOf(pair, options);
      inspect?.(pair, rule);
      if (rule !== null)
        links.push({ a, b, score: pair.score, changed: rule.kind === 'changed', facts: factsOf(sentences, a, b, rule.fact) });
    },
  );
  return links;
}
