/**
 * What a topic page shows, selected from the briefing: key claims, who says what, positions over time,
 * evidence by source, the topic's timeline and how its coverage grew.
 */
import type { Article, Briefing, Claim, Participant, Sentence, Statement, Topic } from '../../core/model.ts';
import type { BriefingIndex } from '../data/briefing-index.ts';
import { articleOfSentence, claimsOnTopic, statementsBy, topicSentences } from './selectors.ts';
import type { HappeningEntry } from './happening-entry.ts';
import { timelineView } from './timeline-view.ts';
import { PAGE_SIZE, newestFirstPages, type SteppedPage } from './pages.ts';
import { lastReported } from './claim-states.ts';
import { isKeyPoint, keyPoints } from './key-points.ts';
import { dayNumber, isoDay, weekStart } from './time-scale.ts';
import { readAlone, type ReadablePart } from './read-alone/read-alone.ts';
import { pronounHolder } from './holder-prominence.ts';
import { readingContext } from './read-alone/reading-context.ts';

/** Statements each participant shows under "who says what"; the rest are on their page. */
export const VOICE_LINES = 3;

/** One participant's statements on the topic. */
export interface Voice {
  participant: Participant;
  statements: Statement[];
  /**
   * The newest `VOICE_LINES` statements that read alone, each with the sentences it leans on and the holder's
   * pronoun named ("[Putin] too said ..."); one that needs more context than that is left to the participant's page.
   */
  lines: { statement: Statement; parts: ReadablePart[] }[];
}

/** A cell of the positions table: the participant's first statement in a period that reads alone (else the first), or none. */
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
  /** The topic's first claims: its key points by importance and time, then single-source claims, newest first. */
  claims: Claim[];
  /** How many claims the topic has in all. */
  claimCount: number;
  /** Everyone with statements on the topic, most statements first (the topic page shows the first few). */
  speakers: Voice[];
  /** The newest months with sentences on the topic, oldest first. */
  periods: string[];
  /** The positions table: the top speakers' statements in each of `periods`. */
  positions: { participant: Participant; cells: PositionCell[] }[];
  /** The newest `FIRST_EVIDENCE` sentences of the evidence, grouped by source, newest source first: the topic page shows them. */
  evidenceFirst: SourceEvidence[];
  /** How many sentences the evidence has in all. */
  evidenceCount: number;
  /**
   * All the evidence in pages at `topics/<id>/evidence/` (see `paginateEvidence`), or none when the topic page
   * shows all of it.
   */
  evidencePages: SteppedPage<SourceEvidence>[];
  /** The newest happenings on the topic, one entry each (the full list is on the timeline). */
  happenings: HappeningEntry[];
  /** How many happenings the topic has in all. */
  happeningCount: number;
  /** Coverage growth, at most `MAX_GROWTH_POINTS` points (the last of each week or month when there are more). */
  growth: GrowthPoint[];
  sourceCount: number;
  /** Distinct outlets with sentences on the topic, sorted. */
  outlets: string[];
  independentCount: number;
  newest: string | null;
}

/** Rows and months of the positions table; each row's participant page has the rest. */
const MAX_POSITION_ROWS = 6;
const MAX_PERIODS = 4;
/** Newest happenings, first claims and newest evidence sentences on the topic page itself. */
const MAX_HAPPENINGS = 12;
const MAX_CLAIMS = 6;
export const FIRST_EVIDENCE = 20;
export const MAX_GROWTH_POINTS = 40;

/** One sentence of evidence with its article. */
interface EvidenceSentence {
  article: Article;
  sentence: Sentence;
}

/** Sentences in their order, grouped by source: each run of sentences from one article is one group. */
function groupBySource(sentences: readonly EvidenceSentence[]): SourceEvidence[] {
  const groups: SourceEvidence[] = [];
  for (const { article, sentence } of sentences) {
    const last = groups.at(-1);
    if (last?.article.id === article.id) last.sentences.push(sentence);
    else groups.push({ article, sentences: [sentence] });
  }
  return groups;
}

/** The evidence, newest source first, one sentence at a time. */
function evidenceSentences(evidence: readonly SourceEvidence[]): EvidenceSentence[] {
  return evidence.flatMap(({ article, sentences }) => sentences.map((sentence) => ({ article, sentence })));
}

/** The newest `first` sentences of the evidence, grouped by source, as the topic page shows them. */
export function firstEvidence(evidence: readonly SourceEvidence[], first = FIRST_EVIDENCE): SourceEvidence[] {
  return groupBySource(evidenceSentences(evidence).slice(0, first));
}

/**
 * The evidence of topic `topicId` in pages of sentences, newest first, each grouped by source: the newest at
 * `topics/<id>/evidence/`, older runs of `size` sentences counted from the oldest at `.../evidence/<n>/`, so they
 * stay put as articles are added (`newestFirstPages`). None when there are no more than `first` sentences, all
 * on the topic page.
 */
export function paginateEvidence(
  evidence: readonly SourceEvidence[],
  topicId: string,
  first = FIRST_EVIDENCE,
  size: number = PAGE_SIZE.evidence,
): SteppedPage<SourceEvidence>[] {
  const sentences = evidenceSentences(evidence);
  if (sentences.length <= first) return [];
  return newestFirstPages(sentences, size, `topics/${topicId}/evidence/`).map((page) => ({
    ...page,
    props: { ...page.props, items: groupBySource(page.props.items) },
  }));
}

/** The key of the week, month or year a date falls in. */
const periodKeys = [
  (date: string) => isoDay(weekStart(dayNumber(date))),
  (date: string) => date.slice(0, 7),
  (date: string) => date.slice(0, 4),
];

/**
 * At most `max` growth points: when there are more, the last point of each week, else of each month, else of
 * each year. The counts are running totals, so the last point of a period says where it ended.
 */
export function thinGrowth(points: readonly GrowthPoint[], max = MAX_GROWTH_POINTS): GrowthPoint[] {
  if (points.length <= max) return [...points];
  let thinned: GrowthPoint[] = [...points];
  for (const key of periodKeys) {
    thinned = points.filter((point, i) => i === points.length - 1 || key(point.date) !== key(points[i + 1]?.date ?? ''));
    if (thinned.length <= max) break;
  }
  return thinned;
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

  const context = readingContext(briefing, index);
  const linesOf = (statements: readonly Statement[]): Voice['lines'] => {
    const lines: Voice['lines'] = [];
    for (const statement of statements) {
      if (lines.length === VOICE_LINES) break;
      const readable = readAlone(context, statement.sentence, pronounHolder(briefing, index, statement.sentence));
      if (readable) lines.push({ statement, parts: readable.parts });
    }
    return lines;
  };
  const speakers: Voice[] = briefing.participants
    .map((participant) => ({
      participant,
      statements: statementsBy(index, participant.id).filter((statement) => onTopic.has(statement.sentence)),
    }))
    .filter((voice) => voice.statements.length > 0)
    .sort((a, b) => b.statements.length - a.statements.length || (a.participant.id < b.participant.id ? -1 : 1))
    .map((voice) => ({ ...voice, lines: linesOf(voice.statements) }));

  const periods = [...new Set(sentences.map((sentence) => articleOfSentence(index, sentence.id)?.published.slice(0, 7) ?? ''))]
    .filter(Boolean)
    .sort()
    .slice(-MAX_PERIODS);
  // A cell shows one sentence: one that needs the sentence before it ("rejected the conditions") gives way to one that does not.
  const alone = (statement: Statement): boolean => readAlone(context, statement.sentence)?.parts.length === 1;
  const positions = speakers.slice(0, MAX_POSITION_ROWS).map((voice) => ({
    participant: voice.participant,
    cells: periods.map((period) => {
      const own = voice.statements.filter((statement) => articleOfSentence(index, statement.sentence)?.published.startsWith(period));
      return { period, statement: own.find(alone) ?? own[0] ?? null };
    }),
  }));

  const byArticle = new Map<string, Sentence[]>();
  for (const sentence of sentences) byArticle.set(sentence.article, [...(byArticle.get(sentence.article) ?? []), sentence]);
  const evidence = briefing.articles
    .filter((article) => byArticle.has(article.id))
    .map((article) => ({ article, sentences: byArticle.get(article.id) ?? [] }));

  const chronological = [...evidence].sort((a, b) =>
    a.article.published < b.article.published ? -1 : a.article.published > b.article.published ? 1 : 0,
  );
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

  const topicClaims = claimsOnTopic(briefing, topicId);
  const single = topicClaims.filter((claim) => !isKeyPoint(claim)).map((claim) => ({ claim, newest: lastReported(index, claim) }));
  single.sort((a, b) => (a.newest < b.newest ? 1 : a.newest > b.newest ? -1 : 0));
  const claims = [...keyPoints(index, topicClaims), ...single.map(({ claim }) => claim)];
  const happenings = timelineView(briefing, index).newestFirst.filter((entry) => entry.topics.includes(topicId));
  return {
    topic,
    claims: claims.slice(0, MAX_CLAIMS),
    claimCount: claims.length,
    speakers,
    periods,
    positions,
    evidenceFirst: firstEvidence(evidence),
    evidenceCount: evidence.reduce((n, { sentences: own }) => n + own.length, 0),
    evidencePages: paginateEvidence(evidence, topicId),
    happenings: happenings.slice(0, MAX_HAPPENINGS),
    happeningCount: happenings.length,
    growth: thinGrowth(growth),
    sourceCount: evidence.length,
    outlets: [...new Set(evidence.map(({ article }) => article.outlet))].sort(),
    independentCount: seenSources.size,
    newest: evidence[0]?.article.published ?? null,
  };
}
