/**
 * Which gold participant a briefing participant is: by name first, by alias only when the name
 * says nothing (aliases like `the president` would otherwise match several people).
 */
import type { Participant } from '../core/model.ts';
import type { GoldParticipant } from './gold.ts';
import { normalizeForMatch } from './normalize-for-match.ts';

/** A name as participants are compared: normalised, without a leading article ("the White House" is "White House"). */
function nameKey(name: string): string {
  return normalizeForMatch(name).replace(/^the\s+/, '');
}

/** Every normalised name a gold participant goes by. */
function goldNames(gold: GoldParticipant): Set<string> {
  return new Set([gold.name, ...gold.aliases].map(nameKey));
}

/** The names of a briefing participant: its display name, then its aliases. */
export interface NamedParticipant {
  /** Display name. */
  name: string;
  /** Other surface forms. */
  aliases: readonly string[];
}

/** Ids of the gold participants the briefing participant stands for (by name, else by alias). */
export function goldIdsOf(participant: NamedParticipant, gold: readonly GoldParticipant[]): string[] {
  const sets = gold.map((g) => [g.id, goldNames(g)] as const);
  const name = nameKey(participant.name);
  const byName = sets.filter(([, names]) => names.has(name)).map(([id]) => id);
  if (byName.length > 0) return byName;
  const aliases = participant.aliases.map(nameKey);
  return sets.filter(([, names]) => aliases.some((alias) => names.has(alias))).map(([id]) => id);
}

/** True when the briefing participant is the gold participant with id `goldId`. */
export function isGoldParticipant(participant: Participant, goldId: string, gold: readonly GoldParticipant[]): boolean {
  return participant.id === goldId || goldIdsOf(participant, gold).includes(goldId);
}
