/**
 * Resolves a person's pronoun to their name in brackets, so a sentence shown alone says who acted:
 * `He warned of ...` → `[Trump] warned of ...`, `..." he said.` → `..." [Trump] said.` Only pronouns outside
 * quotation marks: inside them, `he` is the speaker's word for someone else (`"He wants that war to end"`).
 * The analysis already found who holds the statement; this only writes the name where the pronoun stood.
 */
import type { Participant, Statement } from '../../../core/model.ts';
import { LEADING_CONNECTIVES, PERSON_POSSESSIVES, PERSON_PRONOUNS } from './words/pronouns.ts';

/** Who holds a statement and how it was stated (quoted words or reported speech). */
export interface Holder {
  participant: Participant;
  kind: Statement['kind'];
}

const escape = (word: string): string => word.replace(/\./g, '\\.');
const pronouns = [...PERSON_PRONOUNS, ...PERSON_POSSESSIVES].join('|');
/** A pronoun subject or possessive at the start, after at most one connective (`But he too said`). */
const opening = new RegExp(`^((?:(?:${LEADING_CONNECTIVES.map(escape).join('|')})\\s+)?)(${pronouns})\\b`, 'iu');
/** `he` or `she` right after a closing quotation mark, before a lowercase verb (`," he said`). */
const attribution = new RegExp(`([”"“]\\s+)(${PERSON_PRONOUNS.join('|')})(?=\\s+\\p{Ll})`, 'u');
/** A sentence that opens with a quotation mark starts inside the quoted words. */
const opensQuoted = /^[\s(]*[“"‘']/u;

/** The name a bracket uses: a person's surname (the last word of their name). */
export function shortName(participant: Participant): string {
  return participant.name.split(/\s+/).at(-1) ?? participant.name;
}

/**
 * `text` with the holder's pronouns named. `startsInQuote` is true when the sentence continues a quotation
 * begun earlier, so its opening words are quoted even without a mark.
 */
export function nameHolder(text: string, holder: Holder | null, startsInQuote: boolean): string {
  if (holder?.participant.kind !== 'person') return text;
  const name = shortName(holder.participant);
  let named = text;
  if (!startsInQuote && !opensQuoted.test(text)) {
    named = named.replace(
      opening,
      (_, lead: string, pronoun: string) => `${lead}[${name}${PERSON_POSSESSIVES.includes(pronoun.toLowerCase()) ? "'s" : ''}]`,
    );
  }
  if (holder.kind === 'quote') named = named.replace(attribution, (_, mark: string) => `${mark}[${name}]`);
  return named;
}
