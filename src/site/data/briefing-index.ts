/**
 * Lookup tables over a briefing, so pages find a sentence, article or participant by id without scanning.
 * Rendering helpers only: nothing here analyses text.
 */
import type {
  Article,
  Briefing,
  Claim,
  Happening,
  Participant,
  Quote,
  Sentence,
  Statement,
  TimelineEvent,
  Topic,
} from '../../core/model.ts';

/** Maps from ids to model values, and a few groupings pages need. */
export interface BriefingIndex {
  /** Sentence by id. */
  sentence: Map<string, Sentence>;
  /** Article by id. */
  article: Map<string, Article>;
  /** Participant by id. */
  participant: Map<string, Participant>;
  /** Topic by id. */
  topic: Map<string, Topic>;
  /** Quotes by the sentence they start in. */
  quotesBySentence: Map<string, Quote[]>;
  /** Quotes by speaker id. */
  quotesBySpeaker: Map<string, Quote[]>;
  /** Claims that a sentence belongs to. */
  claimsBySentence: Map<string, Claim[]>;
  /** Events by sentence. */
  eventsBySentence: Map<string, TimelineEvent[]>;
  /** The happening an event tells, by event id (an event whose date only counts back has none). */
  happeningByEvent: Map<string, Happening>;
  /** Statements by speaker, newest article first, then reading order. */
  statementsBySpeaker: Map<string, Statement[]>;
  /** First and last publication dates, or null with no articles. */
  dateRange: { first: string; last: string } | null;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds every lookup in one pass over the briefing. */
export function indexBriefing(briefing: Briefing): BriefingIndex {
  const index: BriefingIndex = {
    sentence: new Map(),
    article: new Map(),
    participant: new Map(briefing.participants.map((participant) => [participant.id, participant])),
    topic: new Map(briefing.topics.map((topic) => [topic.id, topic])),
    quotesBySentence: new Map(),
    quotesBySpeaker: new Map(),
    claimsBySentence: new Map(),
    eventsBySentence: new Map(),
    happeningByEvent: new Map(briefing.happenings.flatMap((happening) => happening.events.map((event) => [event, happening] as const))),
    statementsBySpeaker: new Map(),
    dateRange: null,
  };
  for (const article of briefing.articles) {
    index.article.set(article.id, article);
    for (const sentence of article.sentences) index.sentence.set(sentence.id, sentence);
  }
  for (const quote of briefing.quotes) {
    push(index.quotesBySentence, quote.sentence, quote);
    if (quote.speaker) push(index.quotesBySpeaker, quote.speaker, quote);
  }
  for (const claim of briefing.claims) for (const id of claim.sentences) push(index.claimsBySentence, id, claim);
  for (const event of briefing.events) push(index.eventsBySentence, event.sentence, event);
  // Articles run newest first and statements follow article order, so each speaker's list is already newest first.
  for (const statement of briefing.statements) push(index.statementsBySpeaker, statement.participant, statement);
  const dates = briefing.articles.map((article) => article.published).sort();
  index.dateRange = dates.length === 0 ? null : { first: dates[0] as string, last: dates.at(-1) as string };
  return index;
}
