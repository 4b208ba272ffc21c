/**
 * Small selections over the briefing that several pages share. Grouping and ordering only: the analysis
 * itself happened in `src/core`.
 */
import type { Article, Briefing, Claim, Sentence, Statement } from '../../core/model.ts';
import { articleOf } from '../../core/ids.ts';
import type { BriefingIndex } from '../data/briefing-index.ts';

/** The article a sentence id belongs to. */
export function articleOfSentence(index: BriefingIndex, sentenceId: string): Article | undefined {
  return index.article.get(articleOf(sentenceId));
}

/** Sentences of a topic, newest article first, then in reading order. */
export function topicSentences(index: BriefingIndex, topicId: string): Sentence[] {
  const ids = index.topic.get(topicId)?.sentences ?? [];
  return ids.map((id) => index.sentence.get(id)).filter((sentence): sentence is Sentence => sentence !== undefined);
}

/** Distinct independent sources (wire copy once) among articles. */
export function independentSources(articles: readonly Article[]): number {
  return new Set(articles.map((article) => article.sourceKey)).size;
}

/** Claims that involve a topic, most independent sources first (the model's order). */
export function claimsOnTopic(briefing: Briefing, topicId: string): Claim[] {
  return briefing.claims.filter((claim) => claim.topics.includes(topicId));
}

/** Statements by one participant, newest article first, then reading order. */
export function statementsBy(index: BriefingIndex, participantId: string): Statement[] {
  return index.statementsBySpeaker.get(participantId) ?? [];
}

/** Oldest first, then by id: the order the story developed in, and the order of first reports. */
export function oldestFirst(a: Article, b: Article): number {
  if (a.published !== b.published) return a.published < b.published ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The first role stated for a participant, for captions. */
export function roleOf(index: BriefingIndex, participantId: string): string | null {
  return index.participant.get(participantId)?.roles[0] ?? null;
}
