/**
 * What a topic page shows, selected from the briefing: key claims, who says what, positions over time,
 * evidence by source, the topic's timeline and how its coverage grew.
 */
import type { Article, Briefing, Claim, Participant, Sentence, Statement, TimelineEvent, Topic } from '../../core/model.ts';
import type { BriefingIndex } from '../briefing-index.ts';
import { articleOf, claimsOnTopic, eventsOnTopic, statementsBy, topicSentences } from './selectors.ts';

/** One participant's statements on the topic. */
export interface Voice {
  participant: Participant;
  statements: Statement[];
}

/** A cell of the positions table: the participant's latest statement in a period, or none. */
export interface PositionCell {
  period: string;
  statement: Statement | null;
}

/** Sentences of one article on the topic. */
export interface SourceEvidence {
  article: Article;
  sentences: Sentence[];
}

/** A point of the coverage-growth chart. */
export interface GrowthPoint {
  date: string;
  sentences: number;
  sources: number;
}

/** Everything the topic page renders. */
export interface TopicView {
  topic: Topic;
  claims: Claim[];
  voices: Voice[];
  periods: string[];
  positions: { participant: Participant; cells: PositionCell[] }[];
  evidence: SourceEvidence[];
  events: TimelineEvent[];
  growth: GrowthPoint[];
  sourceCount: number;
  independentCount: number;
  newest: string | null;
}

/** Most voices and periods shown; the rest are one click away on participant pages. */
const MAX_VOICES = 12;
const MAX_PERIODS = 6;

export function topicView(briefing: Briefing, index: BriefingIndex, topicId: string): TopicView {
  const topic = index.topic.get(topicId) as Topic;
  const sentences = topicSentences(index, topicId);
  const onTopic = new Set(topic.sentences);

  const voices: Voice[] = briefing.participants
    .map((participant) => ({
      participant,
      statements: statementsBy(briefing, index, participant.id).filter((statement) => onTopic.has(statement.sentence)),
    }))
    .filter((voice) => voice.statements.length > 0)
    .sort((a, b) => b.statements.length - a.statements.length || (a.participant.id < b.participant.id ? -1 : 1))
    .slice(0, MAX_VOICES);

  const periods = [...new Set(sentences.map((sentence) => articleOf(index, sentence.id)?.published.slice(0, 7) ?? ''))]
    .filter(Boolean)
    .sort()
    .slice(-MAX_PERIODS);
  const positions = voices.map((voice) => ({
    participant: voice.participant,
    cells: periods.map((period) => ({
      period,
      statement: voice.statements.find((statement) => articleOf(index, statement.sentence)?.published.startsWith(period)) ?? null,
    })),
  }));

  const byArticle = new Map<string, Sentence[]>();
  for (const sentence of sentences) byArticle.set(sentence.article, [...(byArticle.get(sentence.article) ?? []), sentence]);
  const evidence = briefing.articles
    .filter((article) => byArticle.has(article.id))
    .map((article) => ({ article, sentences: byArticle.get(article.id) ?? [] }));

  const chronological = [...evidence].sort((a, b) => (a.article.published < b.article.published ? -1 : a.article.published > b.article.published ? 1 : 0));
  const growth: GrowthPoint[] = [];
  const seenSources = new Set<string>();
  let total = 0;
  for (const { article, sentences: own } of chronological) {
    total += own.length;
    seenSources.add(article.sourceKey);
    const point = { date: article.published, sentences: total, sources: seenSources.size };
    if (growth.at(-1)?.date === article.published) growth[growth.length - 1] = point;
    else growth.push(point);
  }

  return {
    topic,
    claims: claimsOnTopic(briefing, topicId).slice(0, 8),
    voices,
    periods,
    positions,
    evidence,
    events: eventsOnTopic(briefing, index, topicId),
    growth,
    sourceCount: evidence.length,
    independentCount: seenSources.size,
    newest: evidence[0]?.article.published ?? null,
  };
}
