/**
 * What a topic page shows, selected from the briefing: key claims, who says what, positions over time,
 * evidence by source, the topic's timeline and how its coverage grew.
 */
import type { Article, Briefing, Claim, Participant, Sentence, Statement, TimelineEvent, Topic } from '../../core/model.ts';
import type { BriefingIndex } from '../briefing-index.ts';
import { articleOf, claimsOnTopic, eventsOnTopic, statementsBy, topicSentences } from './selectors.ts';
import { PAGE_SIZE, pagesOf } from './pages.ts';

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
  /** Evidence grouped by source, newest source first, in pages of about `PAGE_SIZE.evidence` sentences. */
  evidencePages: SourceEvidence[][];
  /** The newest events on the topic (the full list is on the timeline). */
  events: TimelineEvent[];
  /** How many events the topic has in all. */
  eventCount: number;
  growth: GrowthPoint[];
  sourceCount: number;
  /** Distinct outlets with sentences on the topic, sorted. */
  outlets: string[];
  independentCount: number;
  newest: string | null;
}

/** Most voices and periods shown; the rest are one click away on participant pages. */
const MAX_VOICES = 12;
const MAX_PERIODS = 6;
const MAX_EVENTS = 40;

/** Splits evidence into pages of sentences, keeping each page grouped by source. */
function paginateEvidence(evidence: SourceEvidence[]): SourceEvidence[][] {
  const flat = evidence.flatMap(({ article, sentences }) => sentences.map((sentence) => ({ article, sentence })));
  return pagesOf(flat, PAGE_SIZE.evidence).map((page) => {
    const groups: SourceEvidence[] = [];
    for (const { article, sentence } of page) {
      const last = groups.at(-1);
      if (last?.article.id === article.id) last.sentences.push(sentence);
      else groups.push({ article, sentences: [sentence] });
    }
    return groups;
  });
}

const views = new WeakMap<Briefing, Map<string, TopicView>>();

/** The view of one topic, computed once per briefing: the topic page and its evidence pages share it. */
export function topicView(briefing: Briefing, index: BriefingIndex, topicId: string): TopicView {
  const cached = views.get(briefing)?.get(topicId);
  if (cached) return cached;
  const view = buildTopicView(briefing, index, topicId);
  if (!views.has(briefing)) views.set(briefing, new Map());
  views.get(briefing)?.set(topicId, view);
  return view;
}

function buildTopicView(briefing: Briefing, index: BriefingIndex, topicId: string): TopicView {
  const topic = index.topic.get(topicId) as Topic;
  const sentences = topicSentences(index, topicId);
  const onTopic = new Set(topic.sentences);

  const voices: Voice[] = briefing.participants
    .map((participant) => ({
      participant,
      statements: statementsBy(index, participant.id).filter((statement) => onTopic.has(statement.sentence)),
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
    evidencePages: paginateEvidence(evidence),
    events: eventsOnTopic(briefing, index, topicId).slice(-MAX_EVENTS).reverse(),
    eventCount: eventsOnTopic(briefing, index, topicId).length,
    growth,
    sourceCount: evidence.length,
    outlets: [...new Set(evidence.map(({ article }) => article.outlet))].sort(),
    independentCount: seenSources.size,
    newest: evidence[0]?.article.published ?? null,
  };
}
