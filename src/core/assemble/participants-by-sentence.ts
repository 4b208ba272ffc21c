/** Who each sentence names: the participants stage's mentions read back by sentence. */
import type { Participant } from '../model.ts';
import type { Mention } from '../stages.ts';

/** Participant ids named in each sentence, by sentence id, each once and in order of first mention. */
export function participantsBySentence(mentions: readonly Mention[]): Map<string, string[]> {
  const bySentence = new Map<string, string[]>();
  for (const mention of mentions) {
    const list = bySentence.get(mention.sentence) ?? [];
    if (!list.includes(mention.participant)) list.push(mention.participant);
    bySentence.set(mention.sentence, list);
  }
  return bySentence;
}

/** The same, keeping only the participants who are people (for claims: who holds a statement). */
export function peopleBySentence(
  bySentence: ReadonlyMap<string, readonly string[]>,
  participants: readonly Participant[],
): Map<string, string[]> {
  const persons = new Set(participants.filter((participant) => participant.kind === 'person').map((participant) => participant.id));
  return new Map([...bySentence].map(([id, list]) => [id, list.filter((participant) => persons.has(participant))]));
}
