/**
 * Resolves "he" or "she" to a speaker: the nearest earlier sentence's speaker or subject that
 * can be meant, looking back a few sentences. "He" skips people known to be women, "she"
 * takes only people known to be women (by given name, see `isFemaleGiven`).
 */
import { foldCase } from '../reading/fold-name.ts';
import type { QuoteContext } from './quote-context.ts';
import { subjectOf } from './read-speaker.ts';
import { isFemaleGiven } from '../participants/is-female-given.ts';

/** How many sentences back a pronoun may reach. */
const reach = 6;

function fits(context: QuoteContext, id: string, gender: 'male' | 'female'): boolean {
  if (context.kinds.get(id) !== 'person') return false;
  const given = foldCase((context.names.get(id) ?? '').split(/\s+/)[0] ?? '');
  return isFemaleGiven(given) === (gender === 'female');
}

/** The participant a pronoun in sentence `index` stands for, or null when none can be meant. */
export function resolvePronoun(context: QuoteContext, index: number, gender: 'male' | 'female'): string | null {
  for (let i = index - 1; i >= Math.max(0, index - reach); i -= 1) {
    const info = context.sentences[i]!;
    const spoken = (context.draftsBySentence.get(i) ?? [])
      .map((draft) => context.speakers.get(draft.order))
      .filter((speaker): speaker is string => typeof speaker === 'string' && fits(context, speaker, gender));
    if (spoken.length > 0) return spoken[spoken.length - 1]!;
    const subject = subjectOf(context, info);
    if (subject && 'participant' in subject && fits(context, subject.participant, gender)) return subject.participant;
    if (subject && 'pronoun' in subject) continue;
    const person = info.mentions.find((mention) => fits(context, mention.participant, gender));
    if (person) return person.participant;
  }
  return null;
}
