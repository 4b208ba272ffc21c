/**
 * One timeline entry per happening: a short line (the clause that tells it, or its first report's sentence when
 * the clause cannot be read alone), its date and precision, and every source that tells it with the sentences.
 */
import type { Article, Briefing, Happening, Participant, Quote, Sentence, TimelineEvent } from '../../core/model.ts';
import type { BriefingIndex } from '../data/briefing-index.ts';
import { clauseProblem } from './happening-lines/rules.ts';
import { pronounHolder } from './holder-prominence.ts';
import { shortName } from './read-alone/name-holder.ts';
import { readAlone, type ReadablePart } from './read-alone/read-alone.ts';
import { readingContext } from './read-alone/reading-context.ts';
import { oldestFirst } from './selectors.ts';

/** One article that tells a happening, with the sentences that tell it. */
export interface HappeningSource {
  article: Article;
  sentences: Sentence[];
}

/** A happening as a reader sees it. */
export interface HappeningEntry {
  happening: Happening;
  /** What the entry says, in reading order: the clause (one part, linked to its sentence) or whole sentences. */
  lead: ReadablePart[];
  /** True when `lead` is the short clause; false when the clause could not stand alone and its sentence is shown. */
  clause: boolean;
  /** Who speaks the lead when it is quoted words that do not name their speaker, else null. */
  speaker: Participant | null;
  /** Every article that tells it, first report first. */
  sources: HappeningSource[];
  /** People and organisations its sentences name, most named first, then in the order first named. */
  who: Participant[];
  /** Topic ids of its sentences, in topic order. */
  topics: string[];
}

const events = new WeakMap<Briefing, Map<string, TimelineEvent>>();

function eventById(briefing: Briefing): Map<string, TimelineEvent> {
  const cached = events.get(briefing);
  if (cached) return cached;
  const map = new Map(briefing.events.map((event) => [event.id, event]));
  events.set(briefing, map);
  return map;
}

function sourcesOf(index: BriefingIndex, sentences: readonly Sentence[]): HappeningSource[] {
  const byArticle = new Map<string, Sentence[]>();
  for (const sentence of sentences) {
    const list = byArticle.get(sentence.article);
    if (!list) byArticle.set(sentence.article, [sentence]);
    else if (!list.includes(sentence)) list.push(sentence);
  }
  return [...byArticle]
    .map(([id, own]) => ({ article: index.article.get(id), sentences: own.sort((a, b) => a.index - b.index) }))
    .filter((source): source is HappeningSource => source.article !== undefined)
    .sort((a, b) => oldestFirst(a.article, b.article));
}

function whoOf(index: BriefingIndex, sentences: readonly Sentence[]): Participant[] {
  const counts = new Map<string, number>();
  for (const sentence of sentences) for (const id of sentence.participants) counts.set(id, (counts.get(id) ?? 0) + 1);
  return (
    [...counts]
      .map(([id, count]) => ({ participant: index.participant.get(id), count }))
      .filter(
        (row): row is { participant: Participant; count: number } => row.participant !== undefined && row.participant.kind !== 'country',
      )
      // Stable: equal counts keep the order the sentences name them in.
      .sort((a, b) => b.count - a.count)
      .map((row) => row.participant)
  );
}

/** Letters and digits only, lowercase: quote marks, dashes and spacing differ between a clause and its quotation. */
const bare = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Who speaks `text` when it is the quoted words of a quotation with a known speaker and does not name them
 * (`We really made some great progress today`, quoted from Trump), else null.
 */
function quotedSpeaker(index: BriefingIndex, quotes: readonly Quote[], text: string): Participant | null {
  const words = bare(text);
  const quote = quotes.find((q) => q.speaker !== null && words !== '' && bare(q.text).includes(words));
  const speaker = quote?.speaker ? index.participant.get(quote.speaker) : undefined;
  return speaker && !text.includes(shortName(speaker)) ? speaker : null;
}

/** The entry of one happening. */
export function happeningEntry(briefing: Briefing, index: BriefingIndex, happening: Happening): HappeningEntry {
  const own = happening.events.map((id) => eventById(briefing).get(id)).filter((event): event is TimelineEvent => event !== undefined);
  const sentences = own
    .map((event) => index.sentence.get(event.sentence))
    .filter((sentence): sentence is Sentence => sentence !== undefined);
  const first = own[0]?.sentence ?? '';
  const context = readingContext(briefing, index);
  const readable = clauseProblem(happening.line) === null ? null : readAlone(context, first, pronounHolder(briefing, index, first));
  const lead = readable?.parts ?? [{ id: first, text: happening.line }];
  const speaker = quotedSpeaker(index, context.quotesIn.get(first) ?? [], lead.map((part) => part.text).join(' '));
  const topics = briefing.topics.map((topic) => topic.id).filter((id) => sentences.some((sentence) => sentence.topics.includes(id)));
  return {
    happening,
    lead,
    clause: readable === null,
    speaker,
    sources: sourcesOf(index, sentences),
    who: whoOf(index, sentences),
    topics,
  };
}
