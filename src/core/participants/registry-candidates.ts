/**
 * Turns registry entries into candidates and phrases. A registry alias that is a capital
 * (`Kyiv`, `Moscow`, `Washington`) only counts where it acts, so it goes to the metonym phrases.
 */
import type { RegistryEntry } from '../model.ts';
import type { Phrase } from './compile-matcher.ts';
import { foldName } from '../reading/fold-name.ts';
import { lexicon } from './lexicon.ts';
import type { Candidate } from './resolution-state.ts';

/** Name suffixes that are not surnames. */
const suffixes = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii']);

/** A registry entry as a candidate; a person's first and last name words become given name and surname. */
export function candidateOf(entry: RegistryEntry): Candidate {
  const words = entry.name.split(/\s+/).filter((word) => !suffixes.has(word.toLowerCase()));
  const person = entry.kind === 'person' && words.length > 1;
  return {
    id: entry.id,
    name: entry.name,
    kind: entry.kind,
    affiliation: entry.affiliation,
    registered: true,
    given: person ? foldName(words[0]!) : null,
    surname: person ? foldName(words[words.length - 1]!) : null,
  };
}

/** Names and aliases to match everywhere, and capitals to match only where they act. */
export function registryPhrases(registry: RegistryEntry[]): { names: Phrase[]; metonyms: Phrase[] } {
  const names: Phrase[] = [];
  const metonyms: Phrase[] = [];
  for (const entry of registry) {
    names.push({ target: entry.id, text: entry.name });
    for (const alias of entry.aliases) {
      const bare = alias.replace(/^the\s+/i, '');
      (lexicon.metonymPlaces.has(foldName(bare)) ? metonyms : names).push({ target: entry.id, text: alias });
    }
  }
  return { names, metonyms };
}

/** Folded words of registered names and one-word aliases: a discovered one-word name must not be one of them. */
export function registryWords(registry: RegistryEntry[]): Set<string> {
  const words = new Set<string>();
  for (const entry of registry) {
    for (const word of entry.name.split(/\s+/)) words.add(foldName(word));
    for (const alias of entry.aliases) if (!/\s/.test(alias.trim())) words.add(foldName(alias));
  }
  return words;
}
