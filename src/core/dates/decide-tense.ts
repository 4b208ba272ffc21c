/**
 * Whether the words around a date speak of the past or the future, for dates the text leaves
 * open ("on Friday", "in May"). Ordered checks: a present-tense subordinate clause, then the
 * nearest tense word in the same clause, then the nearest in the whole sentence.
 */
import type { Token } from '../reading/tokenize.ts';
import { edExceptions, futureWords, pastWords, presentWords, subordinators } from '../reading/words/tense-markers.ts';

/** Which way a date points from the publication day. */
export type Tense = 'past' | 'future';

const futureOnly = new Set(futureWords);
const future = new Set([...futureWords, ...presentWords]);
const past = new Set(pastWords);
const edNot = new Set(edExceptions);
const subordinating = new Set(subordinators);
const clauseBreaks = new Set([',', ';', ':', '(', ')', '[', ']', '—', '–', '"', '“', '”']);

/** True for a word that only the future takes: a modal or a scheduling word ("will", "set", "due"), not a present verb. */
export function marksFuture(token: Token): boolean {
  return token.word && (futureOnly.has(token.lower) || token.lower.endsWith("'ll"));
}

/** The tense a single token signals, if any. */
export function tenseOf(token: Token): Tense | null {
  if (!token.word) return null;
  const word = token.lower;
  if (future.has(word) || word.endsWith("'ll")) return 'future';
  if (past.has(word)) return 'past';
  const capitalised = token.text[0] !== word[0];
  if (!capitalised && word.length >= 5 && /^[a-z]+ed$/.test(word) && !edNot.has(word)) return 'past';
  return null;
}

/**
 * Most tokens read on either side of a date for its tense: a clause rarely runs longer, and the bound keeps a
 * sentence of thousands of words from being read again for each of its dates.
 */
const reach = 40;

/** Token indices [from, to) of the clause around tokens [first, last], at most `reach` tokens out. */
function clauseAround(tokens: readonly Token[], first: number, last: number): [number, number] {
  let from = first;
  while (from > 0 && first - from < reach && !clauseBreaks.has(tokens[from - 1]?.text ?? '')) from--;
  let to = last + 1;
  while (to < tokens.length && to - last < reach && !clauseBreaks.has(tokens[to]?.text ?? '')) to++;
  return [from, to];
}

/** The tense of the nearest marked token in [from, to), looking outward from the mention. */
function nearestTense(tokens: readonly Token[], first: number, last: number, from: number, to: number): Tense | null {
  for (let distance = 1; first - distance >= from || last + distance < to; distance++) {
    const before = first - distance >= from ? tokens[first - distance] : undefined;
    const found = (before && tenseOf(before)) ?? null;
    if (found) return found;
    const after = last + distance < to ? tokens[last + distance] : undefined;
    const later = (after && tenseOf(after)) ?? null;
    if (later) return later;
  }
  return null;
}

/** A subordinate clause ("when he meets ... on Friday") is future unless it holds a past form. */
function subordinateTense(tokens: readonly Token[], first: number, from: number, to: number): Tense | null {
  for (let i = first - 1; i >= from; i--) {
    const word = tokens[i]?.lower ?? '';
    if (!subordinating.has(word)) continue;
    if (word === 'until') return 'future';
    for (let j = i + 1; j < to; j++) {
      const token = tokens[j];
      if (token && tenseOf(token) === 'past') return 'past';
    }
    return 'future';
  }
  return null;
}

/** Decides the tense of the clause around tokens [first, last], or null when nothing says. */
export function decideTense(tokens: readonly Token[], first: number, last: number): Tense | null {
  const [from, to] = clauseAround(tokens, first, last);
  return (
    subordinateTense(tokens, first, from, to) ??
    nearestTense(tokens, first, last, from, to) ??
    nearestTense(tokens, first, last, Math.max(0, first - reach), Math.min(tokens.length, last + 1 + reach))
  );
}
