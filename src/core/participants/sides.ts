/**
 * The side each participant speaks for: a country speaks for itself; a person, office or body speaks for the
 * country of its registered affiliation (the White House and the Secretary of State for the United States). A
 * participant with no known affiliation, or one that names no country of the briefing, speaks for itself.
 */
import type { Participant } from '../model.ts';

/** Participant id → the id of the country it speaks for, for every participant affiliated with one. */
export function sidesOf(participants: readonly Participant[]): Map<string, string> {
  const countries = new Map(
    participants.filter((participant) => participant.kind === 'country').map((country) => [country.name.toLowerCase(), country.id]),
  );
  const sides = new Map<string, string>();
  for (const participant of participants) {
    const side = participant.affiliation === null ? undefined : countries.get(participant.affiliation.toLowerCase());
    if (side !== undefined && side !== participant.id) sides.set(participant.id, side);
  }
  return sides;
}
