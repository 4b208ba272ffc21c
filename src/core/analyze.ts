/**
 * The analysis pipeline: validated articles and editorial data in, one `Briefing` out.
 * Each stage takes what it needs and returns a new value; this file only wires them together.
 */
import type { AnalysisInput, Briefing } from './model.ts';
import type { ParsedArticle } from './stages.ts';
import type { AnalysisWatch } from './watch.ts';
import { readArticles } from './reading/read-articles.ts';
import { sidesOf } from './participants/sides.ts';
import { resolveParticipants } from './participants/resolve-participants.ts';
import { extractQuotes } from './quotes/extract-quotes.ts';
import { attributeStatements } from './statements/attribute-statements.ts';
import { readClauseHolders } from './statements/read-clause-holders.ts';
import { extractTimeline } from './dates/extract-events.ts';
import { zoneTable } from './dates/zone-offsets.ts';
import { clusterClaims } from './claims/cluster-claims.ts';
import { nameSpellings } from './claims/name-spellings.ts';
import { draftsRecalled, figuresOfArticles, parseArticles, topicsOfArticles } from './per-article-stages.ts';
import { NO_MEMO, type StageMemo } from './stage-memo.ts';
import { byNewest } from './assemble/by-newest.ts';
import { participantsBySentence, peopleBySentence } from './assemble/participants-by-sentence.ts';
import { assembleArticles, topicsBySentence } from './assemble/assemble-articles.ts';
import { assembleTopics } from './assemble/assemble-topics.ts';
import { assembleBriefing } from './assemble/assemble-briefing.ts';

/**
 * Runs every stage over the input. Pure: the same input always gives the same briefing. `watch`, if given, is told
 * each stage and each article a stage begins to read, so that a caller can name an article that takes long.
 * `memo`, if given, holds the per-article results of an earlier run (`per-article-stages.ts`): an article found
 * there is not read again by the stages that look at one article at a time.
 */
export function analyze(input: AnalysisInput, watch: AnalysisWatch = () => {}, memo: StageMemo = NO_MEMO): Briefing {
  const on = (stage: string) => {
    watch(stage, null);
    return (article: string) => watch(stage, article);
  };
  const parsed: ParsedArticle[] = parseArticles([...input.articles].sort(byNewest), memo, on('text'));
  const readings = readArticles(parsed);
  const assignments = topicsOfArticles(readings, input.topics, memo, on('topics'));
  const { participants, mentions } = resolveParticipants(readings, input.registry, input.places, on('participants'));
  const holders = readClauseHolders(readings, mentions, participants, on('statements'));
  const quotes = extractQuotes(readings, mentions, participants, holders, on('quotes'));
  const zones = zoneTable(input.placeOffsets);
  const { events, happenings } = extractTimeline(readings, zones, on('dates'), draftsRecalled(memo, zones, input.placeOffsets));
  const figures = figuresOfArticles(readings, memo, on('figures'));
  const statements = attributeStatements(readings, holders, quotes);

  const namedIn = participantsBySentence(mentions);
  const articles = assembleArticles(parsed, assignments, input.topics, namedIn);
  const topics = assembleTopics(input.topics, articles);
  const people = peopleBySentence(namedIn, participants);
  on('claims');
  const facts = clusterClaims({
    readings,
    topics: topicsBySentence(articles),
    figures,
    events,
    statements,
    people,
    sides: sidesOf(participants),
  });
  const claims = [...facts, ...nameSpellings({ readings, participants, mentions })];
  return assembleBriefing(input.title, { articles, topics, participants, quotes, statements, events, happenings, figures, claims });
}
