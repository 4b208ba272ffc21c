/**
 * The people an article introduces by full name: only they may later be called by surname or
 * first name alone in that article ("Marco and Steve" after "Marco Rubio" and "Steve Witkoff").
 */
import type { ArticleState, Candidate, Corpus } from './resolution-state.ts';

/** Rules whose mentions give a full name. */
export const fullNameRules = new Set(['registry-name', 'registry-alias', 'discovered-name']);

/** People named in full in the article, by id. */
export function introducedPeople(state: ArticleState, corpus: Corpus): Candidate[] {
  const people = new Map<string, Candidate>();
  for (const found of state.found) {
    const candidate = corpus.candidates.get(found.participant);
    if (!candidate || candidate.kind !== 'person' || !fullNameRules.has(found.rule)) continue;
    const tokens = state.view.sentences[found.sentence]!.words;
    if (found.last > found.first || candidate.given === null) people.set(candidate.id, candidate);
    else if (tokens[found.first]!.norm !== candidate.surname) people.set(candidate.id, candidate);
  }
  return [...people.values()];
}

/** Maps each key to the one candidate that has it; keys shared by two candidates are left out. */
export function uniqueBy(candidates: Candidate[], keyOf: (candidate: Candidate) => string | null): Map<string, string> {
  const owners = new Map<string, string | null>();
  for (const candidate of candidates) {
    const key = keyOf(candidate);
    if (key === null) continue;
    owners.set(key, owners.has(key) && owners.get(key) !== candidate.id ? null : candidate.id);
  }
  const unique = new Map<string, string>();
  for (const [key, id] of owners) if (id !== null) unique.set(key, id);
  return unique;
}
