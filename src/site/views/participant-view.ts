/**
 * What a participant page shows: roles with sources, quotes, statements grouped by topic, when they appear
 * and on which topics, and who they appear with.
 */
import type { Briefing, Participant, Quote, Statement } from '../../core/model.ts';
import type { BriefingIndex } from '../data/briefing-index.ts';
import { articleOfSentence, statementsBy } from './selectors.ts';
import { pronounHolder } from './holder-prominence.ts';
import { readAlone } from './read-alone/read-alone.ts';
import { readingContext } from './read-alone/reading-context.ts';

/** Mentions in one month, by topic. */
export interface Appearance {
  month: string;
  total: number;
  byTopic: Record<string, number>;
}

export interface ParticipantView {
  participant: Participant;
  quotes: Quote[];
  statementsByTopic: { topic: string; statements: Statement[] }[];
  otherStatements: Statement[];
  /**
   * The shown statements (`MAX_STATEMENTS` of each group) as they read alone, by sentence id: with the sentences
   * they lean on and the holder's pronoun named ("[Putin] too said ..."); absent when that takes too much context.
   */
  readable: Record<string, string>;
  appearances: Appearance[];
  companions: { participant: Participant; together: number }[];
  dates: string[];
}

const MAX_COMPANIONS = 12;
/** Statements shown in each group; the topic page's evidence has them all. */
export const MAX_STATEMENTS = 10;

const views = new WeakMap<Briefing, Map<string, ParticipantView>>();

/** The view of one participant, computed once per briefing: the page and its incremental-build key share it. */
export function participantView(briefing: Briefing, index: BriefingIndex, id: string): ParticipantView {
  let byId = views.get(briefing);
  if (!byId) views.set(briefing, (byId = new Map()));
  let view = byId.get(id);
  if (!view) byId.set(id, (view = buildParticipantView(briefing, index, id)));
  return view;
}

function buildParticipantView(briefing: Briefing, index: BriefingIndex, id: string): ParticipantView {
  const participant = index.participant.get(id) as Participant;
  const statements = statementsBy(index, id);
  const statementsByTopic = briefing.topics
    .map((topic) => ({ topic: topic.id, statements: statements.filter((s) => index.sentence.get(s.sentence)?.topics.includes(topic.id)) }))
    .filter((group) => group.statements.length > 0);
  const otherStatements = statements.filter((s) => (index.sentence.get(s.sentence)?.topics.length ?? 0) === 0);
  const context = readingContext(briefing, index);
  const readable: Record<string, string> = {};
  for (const shown of [...statementsByTopic.map((group) => group.statements), otherStatements].flatMap((list) =>
    list.slice(0, MAX_STATEMENTS),
  )) {
    const parts = readAlone(context, shown.sentence, pronounHolder(briefing, index, shown.sentence))?.parts;
    if (parts) readable[shown.sentence] = parts.map((part) => part.text).join(' ');
  }

  const months = new Map<string, Appearance>();
  const companions = new Map<string, number>();
  const dates = new Set<string>();
  for (const sentenceId of participant.mentions) {
    const sentence = index.sentence.get(sentenceId);
    const published = articleOfSentence(index, sentenceId)?.published;
    if (!sentence || !published) continue;
    dates.add(published);
    const month = published.slice(0, 7);
    const appearance = months.get(month) ?? { month, total: 0, byTopic: {} };
    appearance.total += 1;
    for (const topic of sentence.topics) appearance.byTopic[topic] = (appearance.byTopic[topic] ?? 0) + 1;
    months.set(month, appearance);
    for (const other of sentence.participants) if (other !== id) companions.set(other, (companions.get(other) ?? 0) + 1);
  }

  return {
    participant,
    quotes: (index.quotesBySpeaker.get(id) ?? []).slice(),
    statementsByTopic,
    otherStatements,
    readable,
    appearances: [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1)),
    companions: [...companions.entries()]
      .map(([other, together]) => ({ participant: index.participant.get(other), together }))
      .filter((row): row is { participant: Participant; together: number } => row.participant !== undefined)
      .sort((a, b) => b.together - a.together || (a.participant.id < b.participant.id ? -1 : 1))
      .slice(0, MAX_COMPANIONS),
    dates: [...dates].sort(),
  };
}
