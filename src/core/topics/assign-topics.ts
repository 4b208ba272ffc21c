/**
 * The topics stage: files every sentence under the topics it is about, with the reason.
 * Cues are compiled once per topic; each distinct sentence text is scored once and walked once
 * per topic, so the cost is linear in the length of the text. Rules after the cue score read
 * what the article said before: the text it last named, the quotation still open, the sentence
 * a sentence leans on.
 */
import type { TopicAssignment, TopicDefinition } from '../model.ts';
import type { ArticleReading, ParagraphReading, SentenceReading } from '../reading/read-articles.ts';
import type { ArticleMemory, SentenceContext, TopicRule } from './rule.ts';
import { compileTopics, scoreTopics, type TopicScore } from './score-topics.ts';
import { topicWords, type WordToken } from './topic-words.ts';
import { documentNouns } from './words/back-references.ts';
import type { ArticleWatch } from '../watch.ts';
import { topicRules } from './rules.ts';
import { filedByCues } from './rules/cue-score.ts';
import { tokenize } from '../reading/tokenize.ts';
import { venuesIn } from './rules/at-the-venue.ts';
import { compoundHeads, compoundReach } from './rules/refer-to-compound.ts';
import { partitionPoint } from '../reading/partition-point.ts';

const documents = new Set(documentNouns);

/** Runs the rules over one sentence; the first rule to assign a topic wins. */
function applyRules(context: Omit<SentenceContext, 'assigned'>, rules: readonly TopicRule[]): TopicAssignment[] {
  const assigned: TopicAssignment[] = [];
  // One context for every rule: each sees the assignments of the rules before it as they grow.
  const shared: SentenceContext = { ...context, assigned };
  for (const rule of rules) {
    for (const assignment of rule.apply(shared)) {
      if (!assigned.some((existing) => existing.topic === assignment.topic)) assigned.push(assignment);
    }
  }
  return assigned;
}

/** The span that opens last at or before `offset` (binary search: spans are in text order and apart), or undefined. */
function spanBefore(spans: ParagraphReading['spans'], offset: number): ParagraphReading['spans'][number] | undefined {
  return spans[partitionPoint(spans, (span) => span.open < offset) - 1];
}

/** Where a sentence stands in its paragraph's quotations. */
function quotationPlace(paragraph: ParagraphReading, reading: SentenceReading): { continues: boolean; staysOpen: boolean } {
  const reaches = (offset: number) => {
    const span = spanBefore(paragraph.spans, offset);
    return span !== undefined && (span.close ?? Number.POSITIVE_INFINITY) >= offset;
  };
  return { continues: reaches(reading.start), staysOpen: reaches(reading.end) };
}

/** Remembers the document nouns the sentence's own cues named, by topic. */
function rememberDocuments(
  memory: ArticleMemory,
  words: readonly WordToken[],
  scores: readonly TopicScore[],
  assignments: readonly TopicAssignment[],
): void {
  const named: string[] = [];
  for (const assignment of assignments) {
    if (assignment.rule !== 'cue-score') continue;
    const spans = scores.find((entry) => entry.topic.id === assignment.topic)?.spans ?? [];
    for (const word of words) {
      if (!documents.has(word.base) || !spans.some(([from, to]) => word.start >= from && word.end <= to)) continue;
      memory.documents.set(word.base, [...new Set([...(memory.documents.get(word.base) ?? []), assignment.topic])]);
      if (!named.includes(assignment.topic)) named.push(assignment.topic);
    }
  }
  if (named.length > 0) memory.lastDocumentTopics = named;
}

/** Remembers where the talks are that a sentence's own cues filed under the topic of who takes part. */
function rememberVenues(
  memory: ArticleMemory,
  words: readonly WordToken[],
  scores: readonly TopicScore[],
  assignments: readonly TopicAssignment[],
): void {
  const meetings = scores.find((entry) => entry.topic.role === 'participants')?.topic.id;
  if (!assignments.some((assignment) => assignment.topic === meetings && assignment.rule === 'cue-score')) return;
  for (const name of venuesIn(words)) memory.venues.add(name);
}

/**
 * Remembers the nouns that end a compound after the sentence's own positive cues ("mechanism" after "ceasefire
 * monitoring"), for the next `compoundReach` sentences: `recent` holds the heads of the last sentences, newest last.
 */
function rememberCompounds(
  memory: ArticleMemory,
  recent: Array<Map<string, string[]>>,
  context: { words: readonly WordToken[]; text: string; scores: readonly TopicScore[] },
  assignments: readonly TopicAssignment[],
): void {
  const own = new Map<string, string[]>();
  for (const assignment of assignments) {
    if (assignment.rule !== 'cue-score') continue;
    const score = context.scores.find((entry) => entry.topic.id === assignment.topic)!;
    for (const head of compoundHeads(context.words, context.text, score)) own.set(head, [...(own.get(head) ?? []), assignment.topic]);
  }
  recent.push(own);
  if (recent.length > compoundReach) recent.shift();
  const merged = new Map<string, string[]>();
  for (const heads of recent) for (const [head, topics] of heads) merged.set(head, [...new Set([...(merged.get(head) ?? []), ...topics])]);
  memory.compounds = merged;
}

/**
 * The headline as the sentence before the first one: a standfirst or lede may lean on it ("The US president cited
 * the cold for his request" under "Trump asked Putin to halt strikes"). It is filed by its own cues only.
 */
function headlineContext(article: ArticleReading, compiled: ReturnType<typeof compileTopics>): SentenceContext['previous'] {
  const title = article.parsed.input.title;
  const words = topicWords(tokenize(title).filter((token) => token.word));
  const scores = scoreTopics(compiled, words, title);
  const sentence = { id: `${article.parsed.input.slug}#headline`, article: article.parsed.input.slug, index: 0, paragraph: 0, text: title };
  return { sentence, words, scores, assignments: filedByCues(scores) };
}

/** Sentence id → topic assignments in topic order (sentences without a topic map to `[]`). */
export function assignTopics(
  articles: readonly ArticleReading[],
  topics: readonly TopicDefinition[],
  rules: readonly TopicRule[] = topicRules,
  watch: ArticleWatch = () => {},
): Map<string, TopicAssignment[]> {
  const compiled = compileTopics(topics);
  // A sentence's words and scores depend on its text alone: wire copies share one (read-only) reading.
  const seen = new Map<string, { words: WordToken[]; scores: TopicScore[] }>();
  const read = (reading: SentenceReading) => {
    let found = seen.get(reading.sentence.text);
    if (found === undefined) {
      const words = topicWords(reading.words);
      found = { words, scores: scoreTopics(compiled, words, reading.sentence.text) };
      seen.set(reading.sentence.text, found);
    }
    return found;
  };
  const order = new Map(topics.map((topic, index) => [topic.id, index]));
  const result = new Map<string, TopicAssignment[]>();
  for (const article of articles) {
    watch(article.parsed.input.slug);
    let previous: SentenceContext['previous'] = headlineContext(article, compiled);
    const memory: ArticleMemory = {
      documents: new Map(),
      lastDocumentTopics: [],
      quotation: null,
      venues: new Set(),
      compounds: new Map(),
    };
    const recentCompounds: Array<Map<string, string[]>> = [];
    for (const paragraph of article.paragraphs) {
      for (const reading of paragraph.sentences) {
        const { words, scores } = read(reading);
        const place = quotationPlace(paragraph, reading);
        const continuesQuotation = place.continues || (memory.quotation !== null && reading.quoted.some(([from]) => from === 0));
        if (!continuesQuotation) memory.quotation = null;
        const assignments = applyRules(
          { sentence: reading.sentence, reading, words, scores, previous, memory, continuesQuotation },
          rules,
        ).sort((a, b) => (order.get(a.topic) ?? 0) - (order.get(b.topic) ?? 0));
        result.set(reading.sentence.id, assignments);
        rememberDocuments(memory, words, scores, assignments);
        rememberVenues(memory, words, scores, assignments);
        rememberCompounds(memory, recentCompounds, { words, text: reading.sentence.text, scores }, assignments);
        // Only topics the sentence states itself carry on into the quotation's next sentence, so no chain runs on.
        const stated = assignments.filter((assignment) => assignment.rule === 'cue-score').map((assignment) => assignment.topic);
        memory.quotation = place.staysOpen ? [...new Set([...(continuesQuotation ? (memory.quotation ?? []) : []), ...stated])] : null;
        previous = { sentence: reading.sentence, words, scores, assignments };
      }
      // A quotation left open at the end of a paragraph goes on in the next one (newspaper style).
      const spans = paragraph.spans;
      if (!(spans.length > 0 && spans[spans.length - 1]!.close === null)) memory.quotation = null;
    }
  }
  return result;
}
