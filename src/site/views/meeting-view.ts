/**
 * The topic about who takes part (`role: participants`) is about the table itself: which formats of talks the
 * sentences describe (generic words and the story's own `formats`), who appears in them, and who is said to be
 * left out, by a sentence on the topic or by an article's headline (`... meet in Alaska to discuss peace without
 * Ukraine`).
 */
import type { Article, Briefing, Participant, Sentence, Topic } from '../../core/model.ts';
import type { BriefingIndex } from '../data/briefing-index.ts';
import { EXCLUSION_TERMS, FORMAT_TERMS } from './words/meeting-formats.ts';
import { topicSentences } from './selectors.ts';
import { capList, type Capped } from './capped.ts';
import { pronounHolder } from './holder-prominence.ts';
import { readAlone, type ReadablePart } from './read-alone/read-alone.ts';
import { readingContext } from './read-alone/reading-context.ts';

/** A term as a pattern: a hyphen also matches a space, every other character only itself. */
const termSource = (term: string) => term.replace(/[.*+?^$|()[\]{}\\]/g, '\\$&').replace(/-/g, '[- ]');
/** One pattern for all `terms`, longest first, each a whole phrase (no letter or digit right before or after). */
const termPattern = (terms: readonly string[]) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...terms]
      .sort((a, b) => b.length - a.length)
      .map(termSource)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'iu',
  );
const EXCLUSION = termPattern(EXCLUSION_TERMS);
/** Newest rows shown in each list, and most present participants named. */
const MAX_ROWS = 10;
const MAX_PRESENT = 20;

/** A headline or sentence that says someone is left out. */
export interface Exclusion {
  article: Article;
  /** The sentence, or null for the article's headline. */
  sentence: Sentence | null;
  text: string;
}

/** Every spelling of every participant, longest first, as one whole-word pattern (for headlines, which the analysis does not read for names). */
function namesPattern(participants: readonly Participant[]): RegExp | null {
  const names = [...new Set(participants.flatMap((p) => [p.name, ...p.aliases]))]
    .filter((name) => name.length > 1)
    .sort((a, b) => b.length - a.length);
  if (names.length === 0) return null;
  return new RegExp(`(?<![\\p{L}])(?:${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'u');
}

/** Headlines, newest article first, that say someone is left out and name a participant. */
export function exclusionHeadlines(articles: readonly Article[], participants: readonly Participant[]): Exclusion[] {
  const candidates = articles.filter((article) => EXCLUSION.test(article.title));
  const names = candidates.length > 0 ? namesPattern(participants) : null;
  if (!names) return [];
  return candidates.filter((article) => names.test(article.title)).map((article) => ({ article, sentence: null, text: article.title }));
}

/** What the topic about who takes part adds above its evidence. */
export interface MeetingView {
  /**
   * The newest sentences that describe a format (summit, call, delegation ...), with the format word found, each
   * readable alone (`parts`: with the sentence it leans on, or its speaker's pronoun named); one that cannot be is left out.
   */
  formats: Capped<{ sentence: Sentence; format: string; parts: ReadablePart[] }>;
  /** The newest headlines, then the newest sentences, that say someone is left out. */
  exclusions: Capped<Exclusion>;
  /** Who appears in the topic's sentences most often. */
  present: Capped<{ participant: Participant; sentences: number }>;
}

export function meetingView(briefing: Briefing, index: BriefingIndex, topic: Pick<Topic, 'id' | 'formats'>): MeetingView {
  const formatPattern = termPattern([...FORMAT_TERMS, ...topic.formats]);
  const sentences = topicSentences(index, topic.id);
  const counts = new Map<string, number>();
  for (const sentence of sentences) for (const id of sentence.participants) counts.set(id, (counts.get(id) ?? 0) + 1);
  const context = readingContext(briefing, index);
  const formats = sentences.flatMap((sentence) => {
    const match = formatPattern.exec(sentence.text);
    const readable = match ? readAlone(context, sentence.id, pronounHolder(briefing, index, sentence.id)) : null;
    return match && readable ? [{ sentence, format: match[0].toLowerCase(), parts: readable.parts }] : [];
  });
  const present = [...counts.entries()]
    .map(([id, count]) => ({ participant: index.participant.get(id), sentences: count }))
    .filter((row): row is { participant: Participant; sentences: number } => row.participant !== undefined)
    .sort((a, b) => b.sentences - a.sentences || (a.participant.id < b.participant.id ? -1 : 1));
  return {
    formats: capList(formats, MAX_ROWS),
    exclusions: capList(
      [
        ...exclusionHeadlines(briefing.articles, briefing.participants),
        ...sentences
          .filter((sentence) => EXCLUSION.test(sentence.text))
          .flatMap((sentence) => {
            const article = index.article.get(sentence.article);
            return article ? [{ article, sentence, text: sentence.text }] : [];
          }),
      ],
      MAX_ROWS,
    ),
    present: capList(present, MAX_PRESENT),
  };
}
