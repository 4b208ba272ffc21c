/**
 * What the participant rules share: the candidates (registered and discovered), the compiled
 * matchers, and the mentions found so far in the article being read.
 */
import type { ParticipantKind } from '../model.ts';
import type { ArticleReading } from '../reading/read-articles.ts';
import type { Matcher } from './compile-matcher.ts';

/** A participant that mentions may resolve to. */
export interface Candidate {
  /** Participant id. */
  id: string;
  /** Display name. */
  name: string;
  /** Person, organisation or country. */
  kind: ParticipantKind;
  /** Affiliation from the registry, or null. */
  affiliation: string | null;
  /** True for registry entries. */
  registered: boolean;
  /** Folded first word of a person's name (`marco`), or null. */
  given: string | null;
  /** Folded last word of a person's name (`rubio`), or null. */
  surname: string | null;
}

/** A mention found by a rule, by token range. */
export interface Found {
  /** Index of the sentence in the article view. */
  sentence: number;
  /** First token of the name. */
  first: number;
  /** Last token of the name. */
  last: number;
  /** Participant id. */
  participant: string;
  /** Rule name. */
  rule: string;
  /** Start offset of the surface in the sentence (a title may extend it to the left). */
  start: number;
  /** End offset of the surface (exclusive). */
  end: number;
}

/** Everything known across the corpus. */
export interface Corpus {
  /** Candidates by id. */
  candidates: Map<string, Candidate>;
  /** Full names and aliases of every candidate (metonyms excluded). */
  names: Matcher;
  /** Place names that stand for a government (`Kyiv`, `Moscow`). */
  metonyms: Matcher;
  /** Names of the countries the registry lacks (`France`, `Britain`). */
  countries: Matcher;
  /** Registered people's surnames that belong to one person only. */
  surnames: Map<string, string>;
  /** What the roles stated anywhere say about each participant (filled once titles are read). */
  profiles: Map<string, Profile>;
}

/** The offices and countries a participant's stated roles name. */
export interface Profile {
  /** Offices (`president`, `secretary of state`). */
  heads: Set<string>;
  /** Every word of the stated roles, lowercase (`treasury` of "US Treasury Secretary"): what a body's chief is chief of. */
  words: Set<string>;
  /** Countries (`United States`), from role words and the registry affiliation. */
  countries: Set<string>;
}

/** One article being read, with the mentions found so far. */
export interface ArticleState {
  /** The article. */
  view: ArticleReading;
  /** Mentions found so far, in rule order. */
  found: Found[];
  /** `sentence:token` keys of tokens already resolved. */
  claimed: Set<string>;
}

/** Key of a token in `ArticleState.claimed`. */
export function tokenKey(sentence: number, token: number): string {
  return `${sentence}:${token}`;
}

/** True when every token of the range is still free. */
export function isFree(state: ArticleState, sentence: number, first: number, last: number): boolean {
  for (let token = first; token <= last; token += 1) if (state.claimed.has(tokenKey(sentence, token))) return false;
  return true;
}
