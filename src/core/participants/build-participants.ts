/**
 * Assembles the stage's output from the mentions found: `Mention` values in text order and a
 * `Participant` for every candidate mentioned at least once.
 */
import type { Participant, ParticipantKind, Role } from '../model.ts';
import type { Mention } from '../stages.ts';
import type { RoleNote } from './read-roles.ts';
import type { ArticleState, Corpus } from './resolution-state.ts';

const kindOrder: Record<ParticipantKind, number> = { person: 0, organization: 1, country: 2 };

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Mentions of every article, in article, sentence and position order. */
export function toMentions(states: ArticleState[]): Mention[] {
  const mentions: Mention[] = [];
  for (const state of states) {
    const seen = new Set<string>();
    const sorted = [...state.found].sort((a, b) => a.sentence - b.sentence || a.start - b.start || b.end - a.end);
    for (const found of sorted) {
      const view = state.view.sentences[found.sentence]!;
      const key = `${found.sentence}:${found.participant}:${found.start}:${found.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const surface = view.sentence.text.slice(found.start, found.end);
      mentions.push({
        sentence: view.sentence.id,
        participant: found.participant,
        surface,
        start: found.start,
        end: found.end,
        rule: found.rule,
      });
    }
  }
  return mentions;
}

/** A participant being assembled, with what it already lists (so that a long list is not searched for every mention). */
interface Draft {
  participant: Participant;
  aliases: Set<string>;
  mentions: Set<string>;
  roles: Set<string>;
  /** `sentence id + newline + role` of each role source (a sentence id has no newline). */
  roleSources: Set<string>;
}

/** Participants mentioned at least once: people, then bodies, then countries; most mentioned first, then by name. */
export function toParticipants(mentions: Mention[], roles: RoleNote[], corpus: Corpus): Participant[] {
  const drafts = new Map<string, Draft>();
  for (const mention of mentions) {
    const candidate = corpus.candidates.get(mention.participant);
    if (!candidate) continue;
    let draft = drafts.get(candidate.id);
    if (draft === undefined) {
      const participant: Participant = {
        id: candidate.id,
        name: candidate.name,
        kind: candidate.kind,
        affiliation: candidate.affiliation,
        roles: [],
        roleSources: [],
        aliases: [],
        registered: candidate.registered,
        mentions: [],
      };
      draft = { participant, aliases: new Set(), mentions: new Set(), roles: new Set(), roleSources: new Set() };
      drafts.set(candidate.id, draft);
    }
    if (!draft.aliases.has(mention.surface)) {
      draft.aliases.add(mention.surface);
      draft.participant.aliases.push(mention.surface);
    }
    if (!draft.mentions.has(mention.sentence)) {
      draft.mentions.add(mention.sentence);
      draft.participant.mentions.push(mention.sentence);
    }
  }
  for (const note of roles) {
    const draft = drafts.get(note.participant);
    if (!draft) continue;
    const source: Role = { role: note.role, sentence: note.sentence };
    const sourceKey = `${note.sentence}\n${note.role}`;
    if (!draft.roleSources.has(sourceKey)) {
      draft.roleSources.add(sourceKey);
      draft.participant.roleSources.push(source);
    }
    if (!draft.roles.has(note.role)) {
      draft.roles.add(note.role);
      draft.participant.roles.push(note.role);
    }
  }
  return [...drafts.values()]
    .map(({ participant }) => ({ ...participant, aliases: [...participant.aliases].sort(byText) }))
    .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || b.mentions.length - a.mentions.length || byText(a.name, b.name));
}
