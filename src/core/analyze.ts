/**
 * The analysis pipeline: validated articles and editorial data in, one `Briefing` out.
 * Each stage takes what it needs and returns a new value; this file only wires them together.
 */
import type { AnalysisInput, Article, Briefing, Sentence, Topic } from './model.ts';
import type { ParsedArticle } from './stages.ts';
import type { AnalysisWatch } from './watch.ts';
import { readArticles } from './reading/read-articles.ts';
import { sidesOf } from './participants/sides.ts';
import { chooseColours } from './topics/choose-colours.ts';
import { resolveParticipants } from './participants/resolve-participants.ts';
import { extractQuotes } from './quotes/extract-quotes.ts';
import { attributeStatements } from './statements/attribute-statements.ts';
import { readClauseHolders } from './statements/read-clause-holders.ts';
import { extractTimeline } from './dates/extract-events.ts';
import { zoneTable } from './dates/zone-offsets.ts';
import { clusterClaims } from './claims/cluster-claims.ts';
import { draftsRecalled, figuresOfArticles, parseArticles, topicsOfArticles } from './per-article-stages.ts';
import { NO_MEMO, type StageMemo } from './stage-memo.ts';

/** Newest first, then by slug: the order articles appear in everywhere. */
function byNewest(a: { published: string; slug: string }, b: { published: string; slug: string }): number {
  if (a.published !== b.published) return a.published < b.published ? 1 : -1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

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

  const topicOrder = new Map(input.topics.map((topic, index) => [topic.id, index]));
  const participantsBySentence = new Map<string, string[]>();
  for (const mention of mentions) {
    const list = participantsBySentence.get(mention.sentence) ?? [];
    if (!list.includes(mention.participant)) list.push(mention.participant);
    participantsBySentence.set(mention.sentence, list);
  }
  const topicsBySentence = new Map<string, string[]>();
  const articles: Article[] = parsed.map(({ input: article, paragraphs, sentences }) => ({
    id: article.slug,
    title: article.title,
    outlet: article.outlet,
    wire: article.wire,
    published: article.published,
    url: article.url,
    dateline: article.dateline,
    sourceKey: article.wire ?? article.outlet,
    paragraphs: paragraphs.length,
    sentences: sentences.map((sentence): Sentence => {
      const sentenceAssignments = [...(assignments.get(sentence.id) ?? [])].sort(
        (a, b) => (topicOrder.get(a.topic) ?? 0) - (topicOrder.get(b.topic) ?? 0),
      );
      const topics = sentenceAssignments.map((assignment) => assignment.topic);
      topicsBySentence.set(sentence.id, topics);
      return {
        ...sentence,
        topics,
        assignments: sentenceAssignments,
        participants: participantsBySentence.get(sentence.id) ?? [],
      };
    }),
  }));

  const colours = chooseColours(input.topics);
  const topics: Topic[] = input.topics.map((definition) => ({
    id: definition.id,
    title: definition.title,
    question: definition.question,
    colour: colours.get(definition.id) ?? 'blue',
    role: definition.role ?? null,
    formats: definition.formats ?? [],
    sentences: articles.flatMap((article) =>
      article.sentences.filter((sentence) => sentence.topics.includes(definition.id)).map((sentence) => sentence.id),
    ),
  }));

  const statements = attributeStatements(readings, holders, quotes);
  const persons = new Set(participants.filter((participant) => participant.kind === 'person').map((participant) => participant.id));
  const peopleBySentence = new Map([...participantsBySentence].map(([id, list]) => [id, list.filter((participant) => persons.has(participant))]));
  return {
    schemaVersion: 1,
    title: input.title,
    asOf: articles.reduce<string | null>((latest, article) => (latest === null || article.published > latest ? article.published : latest), null),
    articles,
    topics,
    participants,
    quotes,
    statements,
    events,
    happenings,
    figures,
    claims: (on('claims'), clusterClaims({ readings, topics: topicsBySentence, figures, events, statements, people: peopleBySentence, sides: sidesOf(participants) })),
  };
}
