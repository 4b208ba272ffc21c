/**
 * What claim matching reads of a sentence, from the shared reading's word tokens (no tokenising
 * here): content tokens (lowercase stems of words that are not stop words, parts of hyphenated
 * words apart, numbers without thousands separators, equivalent stems folded together) plus one
 * `@date` token per resolved date; and its predicates (`words/predicates.ts`), marked `!` when a
 * negation comes just before ("does not rule out"), which are tokens too. Also tells which tokens
 * are names, and which are titles and roles (`participants/words/role-nouns.ts`).
 */
import type { SentenceReading } from '../reading/read-articles.ts';
import type { Token } from '../reading/tokenize.ts';
import { roleNouns } from '../participants/words/role-nouns.ts';
import { stemWord } from './stem-word.ts';
import { equivalents } from './words/equivalents.ts';
import { negations, predicateGroups } from './words/predicates.ts';
import { stopWords } from './words/stop-words.ts';

const stop = new Set(stopWords);

const folded = new Map(Object.entries(equivalents).map(([word, token]) => [stemWord(word), token]));
const denying = new Set(negations);
/** How many words before a predicate a negation still denies it ("has not yet been briefed"). */
const negationReach = 3;

/** Predicate groups by the stem of a one-word entry, and phrases by their first word. */
const singles = new Map<string, string[]>();
const phrases = new Map<string, Array<{ words: string[]; group: string }>>();
for (const [group, entries] of Object.entries(predicateGroups)) {
  for (const entry of entries) {
    const words = entry.split(' ');
    if (words.length === 1) singles.set(stemWord(entry), [...(singles.get(stemWord(entry)) ?? []), group]);
    else phrases.set(words[0]!, [...(phrases.get(words[0]!) ?? []), { words, group }]);
  }
}

/** The token a single word stands for, or null for stop words and one-letter words. */
export function tokenOfWord(word: string): string | null {
  const raw = word.toLowerCase();
  if (/^\d/.test(raw)) return raw.replace(/,(?=\d{3})/g, '');
  if (raw.length < 2 || stop.has(raw)) return null;
  const stem = stemWord(raw);
  return folded.get(stem) ?? stem;
}

/** Tokens of one-word titles and roles ("minister", "envoy", "leader"): they tell who, not what. */
const roles = new Set(roleNouns.filter((noun) => !noun.includes(' ')).map((noun) => tokenOfWord(noun)));
/** Titles of several words by their first word ("secretary of state"): each is read as one title token, so its words are not news. */
const titlePhrases = new Map<string, string[][]>();
for (const noun of roleNouns.filter((entry) => entry.includes(' '))) {
  const words = noun.split(' ');
  titlePhrases.set(words[0]!, [...(titlePhrases.get(words[0]!) ?? []), words]);
}

/** What claim matching reads of one written word, the same wherever it appears. */
interface WordFacts {
  /** Lowercase, possessive cut: what phrases are matched on. */
  lower: string;
  /** Predicate groups of the word alone (its stem, or a hyphenated part's). */
  groups: readonly string[];
  /** The word denies what follows it ("not", "won't"). */
  denies: boolean;
  /** The parts that count as words: contraction cut, hyphens split, dots of `U.K.` dropped. */
  parts: readonly string[];
}

/** A story's vocabulary is small and every sentence reads its words again: read each spelling once. */
const known = new Map<string, WordFacts>();

function factsOf(token: Token): WordFacts {
  let facts = known.get(token.text);
  if (facts === undefined) {
    const lower = token.lower.replace(/['’]s$/, '');
    const contraction = /n['’]t$/.test(lower);
    const base = token.base.replace(/['’].*$/, '');
    const parts = contraction
      ? []
      : /^\d[\d.,]*$/.test(base)
        ? [base]
        : base
            .replace(/\.(?!\d)/g, '')
            .split(/[-‐]/)
            .filter((part) => part !== '');
    const groups =
      singles.get(stemWord(lower)) ?? lower.split('-').flatMap((part) => (part.length > 2 ? (singles.get(stemWord(part)) ?? []) : []));
    facts = { lower, groups, denies: contraction || denying.has(lower), parts };
    known.set(token.text, facts);
  }
  return facts;
}

/** What a sentence's predicates are: their groups, `!group` when negated (sorted, each once), the words as written, and which words they took. */
export interface PredicateReading {
  predicates: string[];
  /** The words of each predicate's first occurrence, lowercase, `not` before a denied one (`not received`). */
  surfaces: Map<string, string>;
  taken: Set<number>;
}

/** Reads the predicates of a sentence's words. */
export function predicatesOf(words: readonly Token[]): PredicateReading {
  const found = new Set<string>();
  const surfaces = new Map<string, string>();
  const taken = new Set<number>();
  const facts = words.map(factsOf);
  const negatedAt = (i: number): boolean => {
    for (let k = Math.max(0, i - negationReach); k < i; k++) if (facts[k]!.denies) return true;
    return false;
  };
  for (let i = 0; i < facts.length; i++) {
    const candidates = phrases.get(facts[i]!.lower);
    const phrase = candidates?.find(({ words: entry }) => entry.every((word, k) => facts[i + k]?.lower === word));
    const groups = phrase ? [phrase.group] : facts[i]!.groups;
    if (groups.length === 0) continue;
    const negated = negatedAt(i);
    const length = phrase ? phrase.words.length : 1;
    const written = facts
      .slice(i, i + length)
      .map((fact) => fact.lower)
      .join(' ');
    for (const group of groups) {
      const key = negated ? `!${group}` : group;
      found.add(key);
      if (!surfaces.has(key)) surfaces.set(key, negated ? `not ${written}` : written);
    }
    for (let k = 0; k < length; k++) taken.add(i + k);
    i += length - 1;
  }
  return { predicates: [...found].sort(), surfaces, taken };
}

/** Content tokens, predicates and names of every sentence. */
export interface CorpusTokens {
  /** Content tokens of each sentence (its predicates as `^group` or `!group`, its titles of several words as `~title`), then its `@date` tokens. */
  tokens: string[][];
  /** Predicate groups of each sentence (`!` when negated). */
  predicates: string[][];
  /** Each sentence's predicates as written (see `PredicateReading`). */
  surfaces: Map<string, string>[];
  /** Tokens that are names in this corpus. */
  names: Set<string>;
  /** Tokens that are titles and roles. */
  titles: Set<string>;
}

/**
 * Reads every sentence once. Names are the tokens written with a capital letter and never in
 * lower case ("Lavrov", "Geneva", "Umerov"; not "President", which also appears as "the president").
 */
export function readCorpus(
  sentences: readonly Pick<SentenceReading, 'sentence' | 'words'>[],
  dates: readonly (readonly string[])[],
): CorpusTokens {
  // The reading's `words` hold only word tokens, so positions count words.
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  // The same spellings come back again and again: read each distinct one once.
  const memo = new Map<string, string | null>();
  // So do whole sentences (wire copy): read each distinct text once too.
  const seen = new Map<string, { words: string[]; predicates: string[]; surfaces: Map<string, string> }>();
  const read = (text: string, words: readonly Token[]): { words: string[]; predicates: string[]; surfaces: Map<string, string> } => {
    const known = seen.get(text);
    if (known) return known;
    const own = new Set<string>();
    const { predicates: found, surfaces, taken } = predicatesOf(words);
    // A predicate's words count once, as the predicate: "ruled out" and "opposes" are one shared token.
    for (const predicate of found) own.add(predicate.startsWith('!') ? predicate : `^${predicate}`);
    // So do a title's words, as the title: `~secretary of state`.
    const lowers = words.map((word) => factsOf(word).lower);
    for (let i = 0; i < lowers.length; i++) {
      const title = taken.has(i)
        ? undefined
        : titlePhrases.get(lowers[i]!)?.find((entry) => entry.every((word, k) => lowers[i + k] === word));
      if (!title) continue;
      own.add(`~${title.join(' ')}`);
      for (let k = 0; k < title.length; k++) taken.add(i + k);
    }
    words.forEach((word, i) => {
      if (taken.has(i)) return;
      for (const part of factsOf(word).parts) {
        let token = memo.get(part);
        if (token === undefined) {
          token = tokenOfWord(part);
          memo.set(part, token);
          if (token !== null && !/^\d/.test(token)) (/^\p{Lu}/u.test(part) ? capitalised : lower).add(token);
        }
        if (token !== null) own.add(token);
      }
    });
    const result = { words: [...own], predicates: found, surfaces };
    seen.set(text, result);
    return result;
  };
  const tokens: string[][] = [];
  const predicates: string[][] = [];
  const surfaces: Map<string, string>[] = [];
  sentences.forEach((reading, i) => {
    const own = read(reading.sentence.text, reading.words);
    // Word tokens never start with `@`, so the date tokens come after them.
    tokens.push([...own.words, ...(dates[i] ?? []).map((date) => `@${date}`)]);
    predicates.push(own.predicates);
    surfaces.push(own.surfaces);
  });
  const names = new Set([...capitalised].filter((token) => !lower.has(token)));
  const titles = new Set([...capitalised, ...lower].filter((token) => roles.has(token) && !names.has(token)));
  for (const own of seen.values()) for (const token of own.words) if (token.startsWith('~')) titles.add(token);
  return { tokens, predicates, surfaces, names, titles };
}
