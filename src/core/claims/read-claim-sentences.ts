/**
 * Everything the claims stage knows about each sentence, read once: its article, source and date;
 * its content tokens, names and predicates (`readCorpus`); its time (`timeOf`); who the statements
 * stage says holds a statement in it, and the other people it names; and its comparable figures
 * (`readFigures`). Articles come in slug order, so the same articles always give the same rows.
 */
import type { Figure, Statement, TimelineEvent } from '../model.ts';
import type { ArticleReading } from '../reading/read-articles.ts';
import { readCorpus } from './read-corpus.ts';
import { readFigures, type FigureReading } from './read-figures.ts';
import { dayNumber, timeOf, type TimeSpan } from './sentence-time.ts';

/** A sentence with what clustering needs to know about its article. */
export interface Row {
  id: string;
  text: string;
  /** Position of its article in slug order. */
  article: number;
  /** 1-based position in the article. */
  index: number;
  published: string;
  outlet: string;
  /** The wire when there is one, otherwise the outlet. */
  source: string;
}

/** The claims stage's reading of every sentence; arrays are indexed like `rows`. */
export interface ClaimSentences {
  rows: Row[];
  /** Content tokens, then `@date` tokens. */
  tokens: string[][];
  /** Predicate groups (`!` when negated). */
  predicates: string[][];
  /** Predicates as written (`not received`). */
  surfaces: Map<string, string>[];
  /** Tokens that are names in this corpus. */
  names: Set<string>;
  /** Tokens that are titles and roles. */
  titles: Set<string>;
  /** Resolved dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  dates: string[][];
  /** When each says its fact happened. */
  times: TimeSpan[][];
  /** Its article's publication day (days since 1970-01-01). */
  publishedDays: Int32Array;
  /** Participants holding a statement in it, sorted. */
  holders: string[][];
  /** The sides those holders speak for (see `ClaimInput.sides`), sorted. */
  sides: string[][];
  /** People it names who hold no statement in it (who took part, not who told), sorted. */
  people: string[][];
  /** Comparable figures. */
  figures: FigureReading[][];
}

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

/** What the claims stage reads: the shared reading and what earlier stages found in each sentence. */
export interface ClaimInput {
  /** Every article, read. */
  readings: readonly ArticleReading[];
  /** Topic ids by sentence id: a sentence in no claim is kept as a single-source claim only when it has a topic. */
  topics: ReadonlyMap<string, readonly string[]>;
  /** The figures stage's figures. */
  figures: readonly Figure[];
  /** The dates stage's events. */
  events: readonly TimelineEvent[];
  /** The statements stage's statements: who holds a statement in each sentence. */
  statements: readonly Statement[];
  /** Person participant ids mentioned, by sentence id. */
  people?: ReadonlyMap<string, readonly string[]>;
  /**
   * The side each participant speaks for (a country's id for its leaders, ministers and offices), by participant id;
   * a participant missing here speaks for itself.
   */
  sides?: ReadonlyMap<string, string>;
}

/** Reads every sentence of every article for clustering. */
export function readClaimSentences({ readings, figures, events, statements, people, sides }: Omit<ClaimInput, 'topics'>): ClaimSentences {
  const ordered = [...readings].sort((a, b) => compare(a.parsed.input.slug, b.parsed.input.slug));
  const rows: Row[] = ordered.flatMap((article, n) =>
    article.sentences.map(({ sentence }) => ({
      id: sentence.id,
      text: sentence.text,
      article: n,
      index: sentence.index,
      published: article.parsed.input.published,
      outlet: article.parsed.input.outlet,
      source: article.parsed.input.wire ?? article.parsed.input.outlet,
    })),
  );
  const eventsOf = groupBy(events, (event) => event.sentence);
  const dates = rows.map((row) => (eventsOf.get(row.id) ?? []).map((event) => event.date));
  const holdersOf = groupBy(statements, (statement) => statement.sentence);
  const holders = rows.map((row) => [...new Set((holdersOf.get(row.id) ?? []).map((statement) => statement.participant))].sort(compare));
  const textOf = new Map(rows.map((row) => [row.id, row.text]));
  const figuresOf = readFigures(figures, (id) => textOf.get(id) ?? '');
  const { tokens, predicates, surfaces, names, titles } = readCorpus(
    ordered.flatMap((article) => article.sentences),
    dates,
  );
  return {
    rows,
    tokens,
    predicates,
    surfaces,
    names,
    titles,
    dates,
    times: rows.map((row) => timeOf(eventsOf.get(row.id) ?? [], row.published)),
    publishedDays: Int32Array.from(ordered.flatMap((article) => article.sentences.map(() => dayNumber(article.parsed.input.published)))),
    holders,
    sides: holders.map((list) => [...new Set(list.map((holder) => sides?.get(holder) ?? holder))].sort(compare)),
    people: rows.map((row, i) => (people?.get(row.id) ?? []).filter((person) => !holders[i]!.includes(person)).sort(compare)),
    figures: rows.map((row) => figuresOf.get(row.id) ?? []),
  };
}
