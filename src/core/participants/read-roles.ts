/**
 * Reads the roles the text states for people: the title before a name extends the mention's
 * surface ("U.S. Secretary of State Marco Rubio") and is recorded as a role; so is a role phrase
 * in apposition ("Marco Rubio, the secretary of state"; "Fiona Hill, who served on ..."), and
 * so is a title set off before the name by a comma ("Its prime minister, Bart De Wever,").
 */
import { lexicon } from './lexicon.ts';
import { readApposition, readTitleBeforeComma } from './read-role-phrase.ts';
import { readTitle, wordOf } from './read-title.ts';
import type { ArticleState, Corpus, Found } from './resolution-state.ts';

/** A role stated for a participant. */
export interface RoleNote {
  /** Participant id. */
  participant: string;
  /** The role as written. */
  role: string;
  /** The office it names, or `who` for a relative clause. */
  head: string;
  /** Sentence id. */
  sentence: string;
}

/** True when a relative clause states a role ("who heads ...", "who has served ..."), not an act ("who spoke by phone"). */
function statesRole(clause: string): boolean {
  const words = clause.toLowerCase().split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && lexicon.roleClauseAdverbs.has(words[k]!)) k += 1;
  return lexicon.roleClauseVerbs.has(words[k] ?? '');
}

/** Mentions that name a person, which a title or apposition may accompany. */
const namingRules = new Set(['registry-name', 'registry-alias', 'discovered-name', 'surname', 'first-name']);

/** Extends person mentions over their titles and collects the roles stated. Returns new mentions. */
export function readRoles(state: ArticleState, corpus: Corpus): { found: Found[]; roles: RoleNote[] } {
  const roles: RoleNote[] = [];
  // Where bodies and countries start, per sentence: gathered once, not once per person mentioned.
  const entityStarts = new Map<number, Set<number>>();
  for (const other of state.found) {
    if (corpus.candidates.get(other.participant)?.kind === 'person') continue;
    const starts = entityStarts.get(other.sentence) ?? new Set<number>();
    starts.add(other.start);
    entityStarts.set(other.sentence, starts);
  }
  const found = state.found.map((mention): Found => {
    const candidate = corpus.candidates.get(mention.participant);
    if (candidate?.kind !== 'person' || !namingRules.has(mention.rule)) return mention;
    const view = state.view.sentences[mention.sentence]!;
    const starts = entityStarts.get(mention.sentence);
    const isEntity = (token: { start: number }) => starts?.has(token.start) ?? false;
    const note = (role: string, head: string) => {
      if (lexicon.relationalRoles.has(head) || (head === 'who' && !statesRole(role))) return;
      roles.push({ participant: candidate.id, role, head, sentence: view.sentence.id });
    };
    const title = readTitle(view, mention.first, isEntity);
    if (title) note(title.role, title.head);
    else {
      const before = readTitleBeforeComma(view, mention.first);
      if (before && wordOf(view.words[before.first]!) !== 'the') note(before.role, before.head);
    }
    const apposition = readApposition(view, mention.last);
    if (apposition) note(apposition.role, apposition.head);
    return title ? { ...mention, start: view.words[title.first]!.start } : mention;
  });
  return { found, roles };
}
