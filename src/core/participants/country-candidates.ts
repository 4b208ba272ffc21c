/**
 * Every country of the gazetteer that the registry does not name becomes a candidate, so that a country a story
 * mentions is a participant without an editor registering it ("France", "the UK", "Britain"). A registered country
 * (matched by any of its names or aliases) keeps its registry entry.
 */
import { slug } from 'github-slugger';
import type { RegistryEntry } from '../model.ts';
import { foldCase } from '../reading/fold-name.ts';
import type { Phrase } from './compile-matcher.ts';
import { gazetteer } from '../reading/gazetteer.ts';
import type { Candidate } from './resolution-state.ts';

/** Country candidates and the names to find them by. */
export function countryCandidates(registry: readonly RegistryEntry[]): { candidates: Candidate[]; phrases: Phrase[] } {
  const registered = new Set(
    registry.flatMap((entry) => [entry.name, ...entry.aliases]).map((name) => foldCase(name.replace(/^the\s+/i, ''))),
  );
  const ids = new Set(registry.map((entry) => entry.id));
  const candidates: Candidate[] = [];
  const phrases: Phrase[] = [];
  for (const country of gazetteer) {
    const id = slug(foldCase(country.name));
    if (ids.has(id) || country.names.some((name) => registered.has(foldCase(name)))) continue;
    candidates.push({ id, name: country.name, kind: 'country', affiliation: null, registered: false, given: null, surname: null });
    for (const name of country.names) phrases.push({ target: id, text: name });
  }
  return { candidates, phrases };
}
