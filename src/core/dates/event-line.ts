/**
 * The event line of a dated mention: the clause that carries it, not the whole sentence ("Trump
 * and Putin meet in Anchorage" from "Trump and Putin meet in Anchorage on Friday, in a summit that
 * ..."). The clause runs between the nearest clause marks around the date (comma, semicolon, colon,
 * dash, bracket, quotation mark). A clause too short to tell anything once the date is out gives way:
 * an opening one ("On Wednesday,"), or one that only ties the time ("Before that,"), to the clause
 * after it; an aside between commas without a verb of its own ("The summit, set for Friday, aims
 * ...") to the clauses around it; any other, like a short closing clause or attribution ("..., a
 * newspaper reported on Monday, citing ..."), takes the clause before it. A time adverbial ("on
 * Friday", "last week") is left out, a verb that only led into it ("said Thursday") kept; a clause
 * over 24 words is cut at the first subordinate word after its eighth. Linear: each step walks the
 * sentence's tokens at most once.
 */
import type { Token } from '../reading/tokenize.ts';
import { tenseOf } from './decide-tense.ts';
import { reportVerbs } from './words/report-verbs.ts';

/** How the mention's words stand in the clause. */
export type LineMode =
  /** A time adverbial ("on Friday", "last week"): left out of the line. */
  | 'drop'
  /** Words that say more than the date ("nearly 11 years of", a quotation's "today"): kept. */
  | 'keep'
  /** A connective that ties the sentence to a time ("Before that"): the line is the clause it opens. */
  | 'tie'
  /** The verb that reports the happening: kept, with the clause before a short attribution. */
  | 'verb';

/** An event line and the token range [from, to) of the sentence it was taken from. */
export interface EventLine {
  text: string;
  from: number;
  to: number;
}

const breaks = new Set([',', ';', ':', '(', ')', '[', ']', '—', '–', '-', '"', '“', '”', '‘', '’']);
const subordinate = new Set([
  'that',
  'which',
  'who',
  'where',
  'while',
  'because',
  'although',
  'though',
  'as',
  'when',
  'if',
  'saying',
  'adding',
  'after',
  'before',
]);
/** Words that lead into a date but are no verbs, so they go with it. */
const leadIns = new Set([
  'on',
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'during',
  'before',
  'after',
  'of',
  'for',
  'at',
  'last',
  'next',
  'ago',
  'earlier',
  'previously',
  'already',
  'ahead',
  'coming',
  'upcoming',
  'set',
  'due',
  'scheduled',
  'slated',
  'expected',
  'planned',
]);
const opening = /^(?:ahead of|prior to|before|after|since|until|during|following)\s+/i;
const longest = 24;
const reportWords = new Set(reportVerbs);

/** Token indices [from, to) of the clause around tokens [first, last]. */
function clause(tokens: readonly Token[], first: number, last: number): [number, number] {
  let from = first;
  while (from > 0 && !breaks.has(tokens[from - 1]!.text)) from--;
  let to = last + 1;
  while (to < tokens.length && !breaks.has(tokens[to]!.text)) to++;
  return [from, to];
}

/** The number of words in [from, to) outside [skipFrom, skipTo). */
function wordsOutside(tokens: readonly Token[], from: number, to: number, skipFrom: number, skipTo: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (tokens[i]!.word && (i < skipFrom || i >= skipTo)) count++;
  return count;
}

/** True when [from, to), less [skipFrom, skipTo), has a verb of its own ("Politico reported"), not only a lead-in ("set"). */
function hasVerb(tokens: readonly Token[], from: number, to: number, skipFrom: number, skipTo: number): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if ((i < skipFrom || i >= skipTo) && tenseOf(token) !== null && !leadIns.has(token.lower)) return true;
  }
  return false;
}

/** True when [from, to) holds a report verb ("a newspaper reported"). */
function reports(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (reportWords.has(tokens[i]!.lower)) return true;
  return false;
}

/** The text of the token ranges, joined by single spaces, tidied. */
function textOf(text: string, tokens: readonly Token[], ranges: ReadonlyArray<readonly [number, number]>): string {
  const pieces = ranges.filter(([a, b]) => b > a).map(([a, b]) => text.slice(tokens[a]!.start, tokens[b - 1]!.end));
  const line = pieces
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/^[\s,;:.—–-]+|[\s,;:—–-]+$/g, '')
    .replace(/(?<=[\p{Ll}\d])\.$/u, '')
    .replace(opening, '');
  return line === '' ? line : line[0]!.toUpperCase() + line.slice(1);
}

/** Most tokens between "since" and the date it leads to, or before "since" back to the phrase it ends. */
const sinceReach = 8;
/** Subject pronouns: after "since" they open a clause, not the name of a happening. */
const pronouns = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that']);
/** Words that open a noun phrase: where "their first meeting since 2019" starts. */
const phraseOpeners = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'your', 'my', 'this', 'that']);

/**
 * "since" before a date dates what it names, not the clause: "since the start of the war in February 2022" dates the
 * start of the war ("The start of the war"); "their first meeting since 2019" dates the meeting before this one, so
 * the line is that phrase whole ("Their first meeting since 2019"). Null when no "since" leads to the date, or when
 * the phrase cannot be found within `sinceReach` tokens.
 */
function sinceLine(text: string, tokens: readonly Token[], first: number, last: number): EventLine | null {
  let at = -1;
  for (let i = first; i >= 0 && first - i <= sinceReach; i--) {
    if (tokens[i]!.lower === 'since') {
      at = i;
      break;
    }
    if (i < first && breaks.has(tokens[i]!.text) && tokens[i]!.text !== '-') return null;
  }
  if (at < 0) return null;
  // A clause after "since" ("since it was first detailed in June") names no happening alone: the whole clause stays.
  if (pronouns.has(tokens[at + 1]?.lower ?? '')) return null;
  if (wordsOutside(tokens, at + 1, first, first, first) >= 2) {
    const line = textOf(text, tokens, [[at + 1, first]]);
    return line === '' ? null : { text: line, from: at + 1, to: first };
  }
  for (let i = at - 1; i >= 0 && at - i <= sinceReach; i--) {
    const token = tokens[i]!;
    if (breaks.has(token.text) && token.text !== '-') return null;
    if (phraseOpeners.has(token.lower) || token.possessive) {
      const line = textOf(text, tokens, [[i, last + 1]]);
      return line === '' ? null : { text: line, from: i, to: last + 1 };
    }
  }
  return null;
}

/** The line of the mention at offsets [start, end) of the sentence. */
export function eventLine(text: string, tokens: readonly Token[], start: number, end: number, mode: LineMode): EventLine {
  if (tokens.length === 0) return { text: text.trim(), from: 0, to: 0 };
  let first = tokens.findIndex((token) => token.end > start);
  if (first < 0) first = tokens.length - 1;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  const since = sinceLine(text, tokens, first, last);
  if (since) return since;
  // The words to leave out: the date, less a verb that only led into it ("said Thursday").
  let skipFrom = first;
  let skipTo = mode === 'drop' ? last + 1 : first;
  if (mode === 'drop' && last > first && tenseOf(tokens[first]!) !== null && !leadIns.has(tokens[first]!.lower)) skipFrom = first + 1;
  const [from0, to0] = clause(tokens, first, last);
  let from = from0;
  let to = to0;
  const before = from > 1 ? clause(tokens, from - 2, from - 2) : null;
  const after = to + 1 < tokens.length ? clause(tokens, to + 1, to + 1) : null;
  const short = wordsOutside(tokens, from, to, skipFrom, skipTo) < 3;
  let ranges: Array<readonly [number, number]>;
  if ((short || mode === 'tie') && from === 0 && after) {
    ranges = [[after[0], after[1]]];
    [from, to] = after;
  } else if (
    short &&
    before &&
    after &&
    tokens[from - 1]!.text === ',' &&
    tokens[to]!.text === ',' &&
    !hasVerb(tokens, from, to, skipFrom, skipTo)
  ) {
    ranges = [
      [before[0], before[1]],
      [after[0], after[1]],
    ];
    [from, to] = [before[0], after[1]];
  } else if (
    before &&
    (short ||
      ((to === tokens.length || tokens[to]!.text === '.' || reports(tokens, from, to)) &&
        wordsOutside(tokens, from, to, skipFrom, skipTo) < 6))
  ) {
    ranges = [
      [before[0], skipFrom],
      [skipTo, to],
    ];
    from = before[0];
  } else {
    ranges = [
      [from, skipFrom],
      [skipTo, to],
    ];
  }
  if (wordsOutside(tokens, from, to, skipFrom, skipTo) > longest) {
    let words = 0;
    for (let i = from; i < to; i++) {
      if (tokens[i]!.word) words++;
      if (words > 8 && i > last && subordinate.has(tokens[i]!.lower)) {
        ranges = ranges.map(([a, b]) => [a, Math.min(b, i)] as const);
        to = i;
        break;
      }
    }
  }
  const line = textOf(text, tokens, ranges);
  return { text: line === '' ? textOf(text, tokens, [[from0, to0]]) : line, from, to };
}
