/**
 * Discovers people the registry lacks: capitalised name runs with evidence that they are
 * people (see `discovery-triggers.ts`). A surname found alone ("Umerov told reporters") joins
 * the one full name that ends with it, if there is exactly one.
 */
import { slug } from 'github-slugger';
import type { ArticleReading, SentenceReading } from '../reading/read-articles.ts';
import { matchAt, type Matcher, type Phrase } from './compile-matcher.ts';
import { discoveryTriggers } from './discovery-triggers.ts';
import { findNameRuns } from './find-name-runs.ts';
import { foldCase } from '../reading/fold-name.ts';
import { sameGivenName } from './same-given-name.ts';
import type { Candidate } from './resolution-state.ts';

/** Discovered people, and the written forms that name them. */
export interface Discovery {
  /** New candidates, `registered: false`. */
  candidates: Candidate[];
  /** Every written form of their names, for the name matcher. */
  phrases: Phrase[];
}

/** Token indices that the registry's names and aliases cover. */
function registryTokens(matcher: Matcher, text: string, view: SentenceReading): Set<number> {
  const covered = new Set<number>();
  for (let k = 0; k < view.words.length; k += 1) {
    const match = matchAt(matcher, text, view.words, k);
    if (match) for (let t = match.first; t <= match.last; t += 1) covered.add(t);
    if (match) k = match.last;
  }
  return covered;
}

/** The folded key and written form of every name run the sentence gives with evidence that it is a person, in text order. */
function namesIn(
  sentence: SentenceReading,
  registry: Matcher,
  registryWords: ReadonlySet<string>,
  places: ReadonlySet<string> | undefined,
): Array<[key: string, form: string]> {
  const names: Array<[key: string, form: string]> = [];
  const covered = registryTokens(registry, sentence.sentence.text, sentence);
  // Made when a trigger first asks: most sentences have no name run to test.
  let coveredStarts: Set<number> | undefined;
  const isEntity = (token: { start: number }) =>
    (coveredStarts ??= new Set([...covered].map((k) => sentence.words[k]!.start))).has(token.start);
  for (const run of findNameRuns(sentence, (k) => covered.has(k), places)) {
    const tokens = sentence.words.slice(run.first, run.last + 1);
    if (tokens.length === 1 && registryWords.has(tokens[0]!.norm)) continue;
    if (!discoveryTriggers.some((trigger) => (trigger.single || tokens.length > 1) && trigger.test(sentence, run, isEntity))) continue;
    const key = tokens.map((token) => token.norm).join(' ');
    const form = sentence.sentence.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.start) + tokens[tokens.length - 1]!.base;
    names.push([key, form]);
  }
  return names;
}

/** The most frequent written form; ties go to the first in code-unit order. */
function commonest(forms: Map<string, number>): string {
  return [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0];
}

/**
 * Finds people named with evidence in any article. `registryWords` are folded words of registered names. A name
 * whose surname is a registered person's and whose given name is another spelling of theirs ("Vladimir Zelensky"
 * for Volodymyr Zelensky) names that person.
 */
export function discoverPeople(
  views: readonly ArticleReading[],
  registry: Matcher,
  registryWords: Set<string>,
  reserved: Set<string>,
  registered: readonly Candidate[] = [],
  places?: ReadonlySet<string>,
): Discovery {
  const byKey = new Map<string, Map<string, number>>();
  // The names a sentence gives depend on its text alone (its words are read from it): wire copies are read once and counted each time.
  const seen = new Map<string, Array<[key: string, form: string]>>();
  for (const view of views) {
    for (const sentence of view.sentences) {
      let names = seen.get(sentence.sentence.text);
      if (names === undefined) {
        names = namesIn(sentence, registry, registryWords, places);
        seen.set(sentence.sentence.text, names);
      }
      for (const [key, form] of names) {
        const forms = byKey.get(key) ?? new Map<string, number>();
        forms.set(form, (forms.get(form) ?? 0) + 1);
        byKey.set(key, forms);
      }
    }
  }
  const keys = [...byKey.keys()].sort();
  const owner = new Map<string, string>();
  for (const key of keys) {
    if (key.includes(' ')) continue;
    const fuller = keys.filter((other) => other.endsWith(` ${key}`));
    if (fuller.length === 1) owner.set(key, fuller[0]!);
  }
  const candidates: Candidate[] = [];
  const phrases: Phrase[] = [];
  const idOf = new Map<string, string>();
  const spelledAs = (key: string): string | undefined => {
    const words = key.split(' ');
    if (words.length < 2) return undefined;
    const given = words[0]!;
    const surname = words[words.length - 1]!;
    return registered.find((person) => person.surname === surname && person.given !== null && sameGivenName(person.given, given))?.id;
  };
  for (const key of keys) {
    if (owner.has(key)) continue;
    const known = spelledAs(key);
    if (known !== undefined) {
      idOf.set(key, known);
      continue;
    }
    const name = commonest(byKey.get(key)!);
    const id = slug(foldCase(name));
    if (reserved.has(id) || idOf.has(key)) continue;
    const words = key.split(' ');
    idOf.set(key, id);
    candidates.push({
      id,
      name,
      kind: 'person',
      affiliation: null,
      registered: false,
      given: words.length > 1 ? words[0]! : null,
      surname: words[words.length - 1]!,
    });
  }
  for (const key of keys) {
    const id = idOf.get(owner.get(key) ?? key);
    if (id !== undefined) for (const form of byKey.get(key)!.keys()) phrases.push({ target: id, text: form });
  }
  return { candidates, phrases };
}
