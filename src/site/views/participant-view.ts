/**
 * What a participant page shows: roles with sources, quotes, statements grouped by topic, when they appear
 * and on which topics, and who they appear with.
 */
import type { Briefing, Participant, Quote, Statement } from '../../core/model.ts';
import type { BriefingIndex } from '../data/briefing-index.ts';
import { articleOfSentence, statementsBy } from './selectors.ts';

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
  appearances: Appearance[];
  companions: { participant: Participant; together: number }[];
  dates: string[];
}

const MAX_COMPANIONS = 12;

export function participantView(briefing: Briefing, index: BriefingIndex, id: string): ParticipantView {
  const participant = index.participant.get(id) as Participant;
  const statements = statementsBy(index, id);
  const statementsByTopic = briefing.topics
    .map((topic) => ({ topic: topic.id, statements: statements.filter((s) => index.sentence.get(s.sentence)?.topics.includes(topic.id)) }))
    .filter((group) => group.statements.length > 0);
  const otherStatements = statements.filter((s) => (index.sentence.get(s.sentence)?.topics.length ?? 0) === 0);

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
    appearances: [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1)),
    companions: [...companions.entries()]
      .map(([other, together]) => ({ participant: index.participant.get(other), together }))
      .filter((row): row is { participant: Participant; together: number } => row.participant !== undefined)
      .sort((a, b) => b.together - a.together || (a.participant.id < b.participant.id ? -1 : 1))
      .slice(0, MAX_COMPANIONS),
    dates: [...dates].sort(),
  };
}
