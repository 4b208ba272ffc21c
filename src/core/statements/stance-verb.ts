/**
 * Tells stance verbs and their form: `said` is the past of `say`, `plans` the third person of `plan`. Modal and
 * auxiliary verbs are never stance verbs, even where WordNet files a sense of them under communication.
 */
import { auxiliaries } from './words/clause-words.ts';
import { reportingVerbs, stanceVerbs } from './words/stance-verbs.ts';

/** How a verb is written: its base, third person `-s`, past or participle, or `-ing`. */
export type VerbForm = 'base' | 'third' | 'past' | 'ing';

const closed = new Set(auxiliaries);
const lemmaOf = new Map<string, string>();
const reporting = new Set<string>();
const participlesOnly = new Set<string>();
for (const [list, isReporting] of [
  [reportingVerbs, true],
  [stanceVerbs, false],
] as const) {
  for (const [lemma, ...forms] of list) {
    if (lemma === undefined || closed.has(lemma)) continue;
    if (isReporting) reporting.add(lemma);
    for (const form of [lemma, ...forms]) if (!closed.has(form) && !lemmaOf.has(form)) lemmaOf.set(form, lemma);
    // A list gives the past before the participle: a later past-or-participle form in -n is the participle alone ("saw", "seen").
    const pasts = forms.filter((form) => verbForm(form, lemma) === 'past');
    for (const form of pasts.slice(1)) if (form.endsWith('n') && !pasts[0]!.endsWith('n')) participlesOnly.add(form);
  }
}

/**
 * True for a participle that is never a past tense ("seen", "given", "shown", "drawn"): without an auxiliary it
 * opens a reduced relative clause ("conditions seen as favouring Russia"), so the noun before it holds no statement.
 */
export function isParticipleOnly(word: string): boolean {
  return participlesOnly.has(word);
}

/** True for a reporting verb: one that reports a communicative act even inside someone else's reported speech. */
export function isReportingVerb(lemma: string): boolean {
  return reporting.has(lemma);
}

/** The lemma of a stance verb form (lowercase), or null. */
export function stanceLemma(word: string): string | null {
  return lemmaOf.get(word) ?? null;
}

/** The form of a verb given its lemma. */
export function verbForm(word: string, lemma: string): VerbForm {
  if (word === lemma) return 'base';
  if (word.endsWith('ing')) return 'ing';
  if (word.endsWith('s') && !lemma.endsWith('s')) return 'third';
  if (/(?:es)$/.test(word) && lemma.endsWith('s')) return 'third';
  return 'past';
}
