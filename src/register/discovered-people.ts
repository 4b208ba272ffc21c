/**
 * The people an analysis found in the text who are not in the register, most mentioned first (then by
 * id), with what `npm run register` shows of them and writes for them.
 */
import type { Briefing } from '../core/model.ts';

/** A discovered person. */
export interface DiscoveredPerson {
  /** Id the analysis gave them, the id they get in the register. */
  id: string;
  /** Name as written most often. */
  name: string;
  /** Sentences that mention them. */
  mentions: number;
  /** Roles the articles state, in order. */
  roles: string[];
}

/** The unregistered participants of `briefing`. */
export function discoveredPeople(briefing: Briefing): DiscoveredPerson[] {
  return briefing.participants
    .filter((participant) => !participant.registered)
    .map((participant) => ({
      id: participant.id,
      name: participant.name,
      mentions: participant.mentions.length,
      roles: [...participant.roles],
    }))
    .sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
