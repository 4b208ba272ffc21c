/**
 * One happening, all its sources: events of the same date and precision are one happening when their
 * clauses tell the same kind of happening (`words/happening-kinds.ts`) and name the same person or
 * place (two of them for a month or a year), or, for a day when neither clause tells a kind, name the
 * same two. Two different things on one day ("Trump met Zelensky" and "Russia struck Kyiv") share
 * neither. A report that names no one but a happening by its noun ("after Wednesday's meeting", "the talks") joins the
 * one happening of that kind its day has, if there is exactly one. Linear: each event is joined to the
 * first event of its day that had one of its keys, and an event has at most a few dozen keys
 * (kinds times names, or pairs of its first eight names).
 */
import type { Happening } from '../model.ts';
import type { Token } from '../reading/tokenize.ts';
import type { EventDraft } from './event-draft.ts';
import { eventLine, type EventLine } from './event-line.ts';
import { happeningId } from './happening-id.ts';
import { kindOf } from './kind-of.ts';
import { nameStopWords } from './words/name-stop-words.ts';
import { happeningNouns } from './words/happening-kinds.ts';
import { perSentenceTextAnd } from './per-sentence-text.ts';

const stop = new Set(nameStopWords);
const nouns = new Set(happeningNouns);
const definite = new Set(['the', 'his', 'her', 'their', 'its', 'our']);

/** True when a word before a noun makes it point back to one known happening ("the", "his", "Wednesday's"). */
function pointsBack(token: Token | undefined): boolean {
  return token !== undefined && (definite.has(token.lower) || token.possessive);
}
const mostNames = 8;
const lines = perSentenceTextAnd<EventLine>();
const clauses = perSentenceTextAnd<ClauseReading>();

/** The event line of a draft, once per sentence text and mention. */
function lineOf(draft: EventDraft): EventLine {
  const { tokens, sentence } = draft.reading;
  return lines(tokens, `${draft.start}:${draft.end}:${draft.mode}`, () =>
    eventLine(sentence.text, tokens, draft.start, draft.end, draft.mode),
  );
}

/** Pairs of names, each pair in one order. */
function pairsOf(names: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) pairs.push(names[i]! < names[j]! ? `${names[i]}&${names[j]}` : `${names[j]}&${names[i]}`);
  return pairs;
}

/** The kinds of happening an event's clause tells and the names it gives (its date words left out). */
interface ClauseReading {
  kinds: string[];
  /** The kinds a noun of the clause tells ("Wednesday's meeting"), which "the" or a possessive can point back to. */
  nounKinds: string[];
  names: string[];
}

/** The kinds and names of an event's clause, once per sentence text and clause. */
function readClause(draft: EventDraft, line: EventLine): ClauseReading {
  const { tokens } = draft.reading;
  const skip = draft.mode === 'drop' ? [draft.start, draft.end] : [0, 0];
  return clauses(tokens, `${line.from}:${line.to}:${skip[0]}:${skip[1]}`, () => {
    const kinds = new Set<string>();
    const nounKinds = new Set<string>();
    const names: string[] = [];
    for (let i = line.from; i < line.to; i++) {
      const token = tokens[i]!;
      if (!token.word || (token.start >= skip[0]! && token.end <= skip[1]!)) continue;
      const kind = kindOf(token.lower);
      if (kind !== null) {
        kinds.add(kind);
        if (nouns.has(token.lower) && pointsBack(tokens[i - 1])) nounKinds.add(kind);
      } else if (token.cap || token.upper) {
        // "Trump-Putin" names both.
        for (const part of token.norm.split('-')) {
          if (part.length > 1 && !stop.has(part) && names.length < mostNames && !names.includes(part)) names.push(part);
        }
      }
    }
    return { kinds: [...kinds], nounKinds: [...nounKinds], names };
  });
}

/**
 * The grouping keys of a clause: kind and name for a day, kind and two names for a month or a year (a month holds
 * many meetings of the same people); for a day whose clause tells no kind, two names.
 */
function keysOf({ kinds, names }: ClauseReading, day: boolean): string[] {
  const people = day ? names : pairsOf(names);
  if (kinds.length > 0) return kinds.flatMap((kind) => people.map((name) => `${kind}|${name}`));
  return day ? pairsOf(names) : [];
}

function root(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!;
    i = parent[i]!;
  }
  return i;
}

/**
 * A report whose noun tells a kind and that names no one ("after Wednesday's meeting") is the one happening of that kind its day has,
 * when there is exactly one: the definite article points to it. Events [from, to) share one day.
 */
function joinUnnamed(readings: readonly ClauseReading[], parent: number[], from: number, to: number): void {
  const named = new Map<string, Set<number>>();
  for (let i = from; i < to; i++) {
    const { kinds, names } = readings[i]!;
    if (names.length === 0) continue;
    for (const kind of kinds) {
      const roots = named.get(kind) ?? new Set<number>();
      roots.add(root(parent, i));
      named.set(kind, roots);
    }
  }
  for (let i = from; i < to; i++) {
    const { nounKinds, names } = readings[i]!;
    if (names.length > 0) continue;
    for (const kind of nounKinds) {
      const roots = named.get(kind);
      if (roots?.size !== 1) continue;
      parent[root(parent, i)] = root(parent, [...roots][0]!);
      break;
    }
  }
}

/** True when report `a` tells its happening better: from a sentence that dates fewer things, then published earlier. */
function tellsBetter(a: EventDraft, b: EventDraft): boolean {
  return a.datesInSentence !== b.datesInSentence ? a.datesInSentence < b.datesInSentence : a.published < b.published;
}

/** Groups events (in timeline order) into happenings, in the same order. */
export function groupHappenings(drafts: readonly EventDraft[]): Happening[] {
  const lineList = drafts.map(lineOf);
  const readings = drafts.map((draft, i) => readClause(draft, lineList[i]!));
  const parent = drafts.map((_, i) => i);
  let firstByKey = new Map<string, number>();
  let dayStart = 0;
  for (let i = 0; i <= drafts.length; i++) {
    const event = drafts[i]?.event;
    const previous = drafts[i - 1]?.event;
    if (previous && (!event || previous.date !== event.date || previous.precision !== event.precision)) {
      if (previous.precision === 'day') joinUnnamed(readings, parent, dayStart, i);
      firstByKey = new Map();
      dayStart = i;
    }
    if (!event) break;
    for (const key of keysOf(readings[i]!, event.precision === 'day')) {
      const earlier = firstByKey.get(key);
      if (earlier === undefined) firstByKey.set(key, i);
      else parent[root(parent, i)] = root(parent, earlier);
    }
  }
  const members = new Map<number, number[]>();
  for (let i = 0; i < drafts.length; i++) {
    const top = root(parent, i);
    const group = members.get(top);
    if (group) group.push(i);
    else members.set(top, [i]);
  }
  return [...members.values()].map((group) => {
    // The line of its best report (see `tellsBetter`), else of the first.
    const lead = group.reduce((best, i) => (tellsBetter(drafts[i]!, drafts[best]!) ? i : best), group[0]!);
    const first = drafts[group[0]!]!.event;
    const events = group.map((i) => drafts[i]!.event.id);
    return {
      id: happeningId(events),
      date: first.date,
      precision: first.precision,
      line: lineList[lead]!.text,
      scheduled: group.every((i) => drafts[i]!.scheduled),
      events,
    };
  });
}
