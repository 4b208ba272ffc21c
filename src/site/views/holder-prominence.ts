/**
 * How prominent each statement holder is: the more statements the articles give a participant, the higher
 * they rank. The main holders are the first `MAIN_HOLDERS` of them; their statements lead where things stand.
 */
import type { Briefing, Participant, Statement } from '../../core/model.ts';
import type { BriefingIndex } from '../data/briefing-index.ts';
import type { Holder } from './read-alone/name-holder.ts';

/** How many of the most quoted holders count as main holders. */
export const MAIN_HOLDERS = 6;

/** Participant id → rank (0 = most statements), computed once per briefing. */
const ranks = new WeakMap<Briefing, Map<string, number>>();

/**
 * Each holder's rank by number of statements; holders with as many statements share a rank (the place of the first
 * of them), so that whether one counts among the main holders never hangs on the spelling of its id.
 */
function holderRanks(briefing: Briefing): Map<string, number> {
  const cached = ranks.get(briefing);
  if (cached) return cached;
  const counts = new Map<string, number>();
  for (const statement of briefing.statements) counts.set(statement.participant, (counts.get(statement.participant) ?? 0) + 1);
  const order = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  const ranked = new Map<string, number>();
  order.forEach(([id, count], i) => ranked.set(id, i > 0 && order[i - 1]![1] === count ? ranked.get(order[i - 1]![0])! : i));
  ranks.set(briefing, ranked);
  return ranked;
}

/** A holder's rank, or past every holder for someone without statements. */
export function rankOf(briefing: Briefing, participantId: string): number {
  return holderRanks(briefing).get(participantId) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * The holder a line names when a sentence holds several statements: whoever speaks the sentence's quoted words
 * (`A Kremlin aide said Putin and Trump will discuss the "huge untapped potential"`: the Kremlin), then a person
 * (`..., Marco Rubio told European allies`: Rubio, not the United States), then whoever the sentence names first
 * (`Rubio assured allies that Trump plans ...`: Rubio), then the more prominent.
 */
export function leadHolder(briefing: Briefing, index: BriefingIndex, statements: readonly Statement[]): Holder | null {
  const named = (statement: Statement): number => {
    const at = index.sentence.get(statement.sentence)?.participants.indexOf(statement.participant) ?? -1;
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  const held = statements
    .map((statement) => ({ statement, participant: index.participant.get(statement.participant) }))
    .filter((row): row is { statement: Statement; participant: Participant } => row.participant !== undefined)
    .sort(
      (a, b) =>
        Number(a.statement.kind !== 'quote') - Number(b.statement.kind !== 'quote') ||
        Number(a.participant.kind !== 'person') - Number(b.participant.kind !== 'person') ||
        named(a.statement) - named(b.statement) ||
        rankOf(briefing, a.participant.id) - rankOf(briefing, b.participant.id),
    );
  const lead = held[0];
  return lead ? { participant: lead.participant, kind: lead.statement.kind } : null;
}

/** Statements grouped by sentence id, computed once per briefing. */
const bySentence = new WeakMap<Briefing, Map<string, Statement[]>>();

export function statementsBySentence(briefing: Briefing): Map<string, Statement[]> {
  const cached = bySentence.get(briefing);
  if (cached) return cached;
  const grouped = new Map<string, Statement[]>();
  for (const statement of briefing.statements) {
    const list = grouped.get(statement.sentence);
    if (list) list.push(statement);
    else grouped.set(statement.sentence, [statement]);
  }
  bySentence.set(briefing, grouped);
  return grouped;
}

/** The holder whose pronoun a line may name: only when the sentence holds statements of one person alone. */
export function pronounHolder(briefing: Briefing, index: BriefingIndex, sentence: string): Holder | null {
  const statements = statementsBySentence(briefing).get(sentence) ?? [];
  const people = new Set(statements.filter((s) => index.participant.get(s.participant)?.kind === 'person').map((s) => s.participant));
  return people.size === 1 ? leadHolder(briefing, index, statements) : null;
}
