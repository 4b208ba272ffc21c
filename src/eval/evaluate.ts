/**
 * Scores a briefing against a gold annotation: articles are paired by their sentences, then
 * topics, participants, quotes, statements (who says what), events and claims are scored over
 * the pairs. Pure: no files, no clock.
 */
import type { Briefing } from '../core/model.ts';
import type { GoldFile } from './gold.ts';
import { matchArticles } from './match-articles.ts';
import { scoreClaims, type ClaimReport } from './score-claims.ts';
import { scoreEvents, type EventReport } from './score-events.ts';
import { scoreParticipants, type ParticipantReport } from './score-participants.ts';
import { scoreQuotes, type QuoteReport } from './score-quotes.ts';
import { scoreStatements, type StatementReport } from './score-statements.ts';
import { scoreTopicAssignments, type TopicReport } from './score-topic-assignments.ts';

/** Everything the evaluation measured. */
export interface EvalReport {
  /** How the gold articles were paired with briefing articles. */
  articles: {
    /** Gold articles. */
    gold: number;
    /** Gold file → briefing article id and the number of shared sentences. */
    pairs: Array<{ file: string; article: string; shared: number; sentences: number }>;
    /** Gold files that no briefing article matched. */
    unmatched: string[];
  };
  /** Topic scores. */
  topics: TopicReport;
  /** Participant scores. */
  participants: ParticipantReport;
  /** Quote scores. */
  quotes: QuoteReport;
  /** Who says what: statements against the gold holders. */
  statements: StatementReport;
  /** Event scores. */
  events: EventReport;
  /** Multi-source claims against the gold same-fact items. */
  claims: ClaimReport;
}

/** Scores `briefing` against `gold`. */
export function evaluate(briefing: Briefing, gold: GoldFile): EvalReport {
  const pairs = matchArticles(briefing, gold.articles);
  const paired = new Set(pairs.map((p) => p.gold.file));
  return {
    articles: {
      gold: gold.articles.length,
      pairs: pairs.map((p) => ({ file: p.gold.file, article: p.article.id, shared: p.shared, sentences: p.gold.sentences.length })),
      unmatched: gold.articles.filter((a) => !paired.has(a.file)).map((a) => a.file),
    },
    topics: scoreTopicAssignments(briefing, pairs),
    participants: scoreParticipants(briefing, pairs, gold.participants),
    quotes: scoreQuotes(briefing, pairs, gold.quotes, gold.participants),
    statements: scoreStatements(briefing, pairs, gold.participants),
    events: scoreEvents(briefing, pairs, gold.events),
    claims: scoreClaims(briefing, pairs, gold.crossSource),
  };
}
