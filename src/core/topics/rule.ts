/**
 * The shape of a topic rule. Rules run in order for each sentence; each sees what earlier
 * rules assigned and may add assignments for topics not yet assigned.
 */
import type { TopicAssignment } from '../model.ts';
import type { SentenceReading } from '../reading/read-articles.ts';
import type { TextSentence } from '../stages.ts';
import type { TopicScore } from './score-topics.ts';
import type { WordToken } from './topic-words.ts';

/** What the article said before this sentence, as the rules remember it. */
export interface ArticleMemory {
  /** For each document noun the article has named inside a topic's cues (`plan` in "peace plan"), that topic's ids, most recent last. */
  documents: Map<string, string[]>;
  /** The topic most recently named with a document noun, or null. */
  lastDocumentTopics: string[];
  /** Topics of the sentences read so far in the quotation that is still open, or null outside one. */
  quotation: string[] | null;
  /**
   * Nouns that ended a compound after a topic's cue in the last sentences ("mechanism" in "ceasefire monitoring
   * mechanism"), with that topic's ids: see `rules/refer-to-compound.ts`.
   */
  compounds: Map<string, string[]>;
  /** Venues of the talks the article has named (`geneva`, `white house`): see `rules/at-the-venue.ts`. */
  venues: Set<string>;
}

/** What a rule knows about one sentence. */
export interface SentenceContext {
  /** The sentence. */
  sentence: TextSentence;
  /** Its shared reading (words, quoted ranges). */
  reading: SentenceReading;
  /** Its cue-matching words. */
  words: readonly WordToken[];
  /** Its score for every topic, in topic order. */
  scores: TopicScore[];
  /** The previous sentence of the same article, its scores and final assignments, or null for the first. */
  previous: { sentence: TextSentence; words: readonly WordToken[]; scores: TopicScore[]; assignments: TopicAssignment[] } | null;
  /** What the article said before. */
  memory: ArticleMemory;
  /** True when the sentence continues a quotation opened in an earlier sentence. */
  continuesQuotation: boolean;
  /** What earlier rules assigned to this sentence. */
  assigned: TopicAssignment[];
}

/** A named rule. */
export interface TopicRule {
  /** Rule name, recorded in each assignment it makes. */
  name: string;
  /** New assignments for this sentence. */
  apply: (context: SentenceContext) => TopicAssignment[];
}
