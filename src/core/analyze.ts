/**
 * The analysis pipeline: validated articles and editorial data in, one `Briefing` out.
 * Each stage takes what it needs and returns a new value; this file only wires them together.
 */
import type { AnalysisInput, Article, Briefing, Sentence, Topic } from './model.ts';
import type { ParsedArticle } from './stages.ts';
import type { AnalysisWatch } from './watch.ts';
import { readArticles } from './reading/read-articles.ts';
import { sidesOf } from './participants/sides.ts';
import { parseArticle } from './text/parse-article.ts';
import { assignTopics } from './topics/assign-topics.ts';
import { chooseColours } from './topics/choose-colours.ts';
import { resolveParticipants } from './participants/resolve-participants.ts';
import { extractQuotes } from './quotes/extract-quotes.ts';
import { attributeStatements } from './statements/attribute-statements.ts';
import { readClauseHolders } from './statements/read-clause-holders.ts';
import { extractTimeline } from './dates/extract-events.ts';
import { zoneTable } from './dates/zone-offsets.ts';
import { extractFigures } from './figures/extract-figures.ts';
import { clusterClaims } from './claims/cluster-claims.ts';

/** Newest first, then by slug: the order articles appear in everywhere. */
function byNewest(a: { published: string; slug: string }, b: { published: string; slug: string }): number {
  if (a.published !== b.published) return a.published < b.published ? 1 : -1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/**
 * Runs every stage over the input. Pure: the same input always gives the same briefing. `watch`, if given, is told
 * each stage and each article a stage begins to read, so that a caller can name an article that takes long.
 */
export function analyze(input: AnalysisInput, watch: AnalysisWatch = () => {}): Briefing {
  const on = (stage: string) => {
    watch(stage, null);
    return (article: string) => watch(stage, article);
  };
  const reading = on('text');
  const parsed: ParsedArticle[] = [...input.articles].sort(byNewest).map((article) => (reading(article.slug), parseArticle(article)));
  const readings = readArticles(parsed);
  const assignments = assignTopics(readings, input.topics, undefined, on('topics'));
  const { participants, mentions } = resolveParticipants(readings, input.registry, input.places, on('participants'));
  const holders = readClauseHolders(readings, mentions, participants, on('statements'));
  const quotes = extractQuotes(readings, mentions, participants, holders, on('quotes'));
  const { events, happenings } = extractTimeline(readings, zoneTable(input.placeOffsets), on('dates'));
  const figures = extractFigures(readings, on('figures'));

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
