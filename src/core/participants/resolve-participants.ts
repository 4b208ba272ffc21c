/**
 * The participants stage: finds who takes part in the story and where each is mentioned.
 * Registered names and aliases first, then people discovered in the text, then shorter
 * references (surnames, first names, compounds), roles from titles, and descriptions
 * ("the US president") last, once every role in the corpus is known.
 */
import type { Participant, RegistryEntry } from '../model.ts';
import type { ArticleReading } from '../reading/read-articles.ts';
import type { ArticleWatch } from '../watch.ts';
import type { Mention } from '../stages.ts';
import { toMentions, toParticipants } from './build-participants.ts';
import { compileMatcher } from './compile-matcher.ts';
import { countryCandidates } from './country-candidates.ts';
import { discoverOrganisations } from './discover-organisations.ts';
import { foldCase } from '../reading/fold-name.ts';
import { discoverPeople } from './discover-people.ts';
import { uniqueBy } from './introduced-people.ts';
import { lexicon, roleCountries, roleWords } from './lexicon.ts';
import { nameRules, referenceRules } from './rules.ts';
import { readRoles, type RoleNote } from './read-roles.ts';
import { candidateOf, registryPhrases, registryWords } from './registry-candidates.ts';
import { isFree, tokenKey, type ArticleState, type Corpus, type Profile } from './resolution-state.ts';
import type { NameRule } from './rule.ts';

/** Runs rules in order, keeping each mention whose tokens are still free, and claiming them. */
function runRules(state: ArticleState, corpus: Corpus, rules: NameRule[]): void {
  for (const rule of rules) {
    const kept = rule.apply(state, corpus).filter((found) => rule.nests || isFree(state, found.sentence, found.first, found.last));
    for (const found of kept) {
      state.found.push(found);
      for (let token = found.first; token <= found.last; token += 1) state.claimed.add(tokenKey(found.sentence, token));
    }
  }
}

/** Offices and countries per participant, from every stated role and the registry affiliation. */
function profilesOf(roles: RoleNote[], corpus: Corpus): Map<string, Profile> {
  const profiles = new Map<string, Profile>();
  for (const candidate of corpus.candidates.values()) {
    profiles.set(candidate.id, {
      heads: new Set(),
      words: new Set(),
      countries: new Set(candidate.affiliation ? [candidate.affiliation] : []),
    });
  }
  // The same role is stated again and again ("President"): read the words and countries of each once.
  const readRoles = new Map<string, { words: string[]; countries: string[] }>();
  for (const note of roles) {
    const profile = profiles.get(note.participant);
    if (!profile || note.head === 'who') continue;
    profile.heads.add(note.head);
    let read = readRoles.get(note.role);
    if (read === undefined) {
      const words = roleWords(note.role);
      read = { words, countries: roleCountries(words) };
      readRoles.set(note.role, read);
    }
    for (const word of read.words) profile.words.add(word);
    for (const country of read.countries) profile.countries.add(country);
  }
  return profiles;
}

/**
 * Resolves every mention of a participant in the articles (in the order given).
 */
export function resolveParticipants(
  views: readonly ArticleReading[],
  registry: RegistryEntry[],
  storyPlaces: readonly string[] = [],
  watch: ArticleWatch = () => {},
): { participants: Participant[]; mentions: Mention[] } {
  const places: ReadonlySet<string> =
    storyPlaces.length === 0 ? lexicon.places : new Set([...lexicon.places, ...storyPlaces.map((place) => place.toLowerCase())]);
  const registered = registry.map(candidateOf);
  const phrases = registryPhrases(registry);
  const discovery = discoverPeople(
    views,
    compileMatcher([...phrases.names, ...phrases.metonyms]),
    registryWords(registry),
    new Set(registry.map((entry) => entry.id)),
    registered,
    places,
  );
  const countries = countryCandidates(registry);
  const known = new Set(
    [...phrases.names, ...phrases.metonyms, ...countries.phrases, ...discovery.phrases].map((phrase) =>
      foldCase(phrase.text.replace(/^the\s+/i, '')),
    ),
  );
  // A person's surname alone also names them ("Rubio and Ukrainian Presidential Office ...").
  for (const candidate of [...registered, ...discovery.candidates]) if (candidate.surname !== null) known.add(foldCase(candidate.surname));
  const organisations = discoverOrganisations(
    views,
    known,
    new Set([...registry.map((entry) => entry.id), ...countries.candidates.map((c) => c.id)]),
  );
  const candidates = [...registered, ...countries.candidates, ...organisations.candidates, ...discovery.candidates];
  const corpus: Corpus = {
    candidates: new Map(candidates.map((candidate) => [candidate.id, candidate])),
    names: compileMatcher([...phrases.names, ...organisations.phrases, ...discovery.phrases]),
    metonyms: compileMatcher(phrases.metonyms),
    countries: compileMatcher(countries.phrases),
    surnames: uniqueBy(
      registered.filter((candidate) => candidate.kind === 'person'),
      (candidate) => candidate.surname,
    ),
    profiles: new Map(),
  };
  const states: ArticleState[] = views.map((view) => ({ view, found: [], claimed: new Set() }));
  const roles: RoleNote[] = [];
  for (const state of states) {
    watch(state.view.parsed.input.slug);
    runRules(state, corpus, nameRules);
    const read = readRoles(state, corpus);
    state.found = read.found;
    roles.push(...read.roles);
  }
  corpus.profiles = profilesOf(roles, corpus);
  for (const state of states) {
    watch(state.view.parsed.input.slug);
    runRules(state, corpus, referenceRules);
  }
  const mentions = toMentions(states);
  return { participants: toParticipants(mentions, roles, corpus), mentions };
}
