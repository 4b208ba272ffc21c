/**
 * The forms of an English verb: base, third person singular, past, past participle and present participle, by the
 * regular spelling rules (e-drop, y to i, a doubled final consonant after a single stressed vowel, both spellings
 * kept where stress decides) and the irregular verbs table. Forms are distinct, base first.
 */
import { irregularVerbs } from './words/irregular-verbs.ts';

const irregular = new Map(irregularVerbs.map(([base, past, participle]) => [base, [past, participle]] as const));
const vowel = /[aeiou]/;

/** The third person singular: `says`, `denies`, `pushes`. */
function thirdPerson(base: string): string {
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/**
 * Stems that take -ed and -ing: the base, and after a single vowel and consonant also the doubled consonant, since
 * stress decides (`admit` → `admitted`, `offer` → `offered`) and stress is not written.
 */
function stems(base: string): string[] {
  return /[^aeiou][aeiou][bdgklmnprt]$/.test(base) ? [base, base + base.at(-1)] : [base];
}

/** Every form of the verb, base first. */
export function inflectVerb(base: string): string[] {
  const forms = [base, thirdPerson(base)];
  const known = irregular.get(base);
  if (known) forms.push(...known);
  else if (base.endsWith('e')) forms.push(`${base}d`);
  else if (/[^aeiou]y$/.test(base)) forms.push(`${base.slice(0, -1)}ied`);
  else forms.push(...stems(base).map((stem) => `${stem}ed`));
  if (base.endsWith('ie')) forms.push(`${base.slice(0, -2)}ying`);
  else if (base.endsWith('e') && !base.endsWith('ee') && vowel.test(base.slice(0, -1))) forms.push(`${base.slice(0, -1)}ing`);
  else forms.push(...stems(base).map((stem) => `${stem}ing`));
  return [...new Set(forms)];
}

/** The plural of an English noun by the regular spelling rules (`talk` → `talks`, `proposal` → `proposals`, `party` → `parties`). */
export function pluralOf(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** Every form a word may take as a noun or a verb: itself, its plural, and its verb forms. */
export function wordForms(word: string): string[] {
  return [...new Set([word, pluralOf(word), ...inflectVerb(word)])];
}
