/**
 * What attribution reads: each sentence of an article with its tokens, quoted ranges and
 * mentions, and each quotation found, with the sentences it spans.
 */
import type { ParticipantKind, Participant } from '../model.ts';
import type { QuoteSpan } from '../reading/find-quote-spans.ts';
import type { ArticleReading, SentenceReading } from '../reading/read-articles.ts';
import { isQuotedOffset, isQuotedToken } from '../reading/read-articles.ts';
import type { Mention } from '../stages.ts';
import type { ClauseHolders } from '../statements/read-clause-holders.ts';
import { partitionPoint } from '../reading/partition-point.ts';

/** A sentence ready for attribution: its reading, and the mentions outside quotation marks, in order. */
export interface SentenceInfo extends SentenceReading {
  /** Mentions outside quotation marks, in order. */
  mentions: Mention[];
}

/** A quotation before attribution. */
export interface QuoteDraft {
  /** Position among the article's quotations (0-based). */
  order: number;
  /** Paragraph position in the article (0-based). */
  paragraph: number;
  /** The span in paragraph offsets. */
  span: QuoteSpan;
  /** The quoted words. */
  text: string;
  /** Sentences spanned, first to last. */
  sentences: SentenceInfo[];
  /** True when the quotation opens its paragraph. */
  opensParagraph: boolean;
  /** True when nothing but punctuation follows it in its paragraph. */
  endsParagraph: boolean;
}

/** An article's sentences and quotations, with what is known about participants. */
export interface QuoteContext {
  /** Article slug. */
  slug: string;
  /** Sentences in order. */
  sentences: SentenceInfo[];
  /** Quotations in order. */
  drafts: QuoteDraft[];
  /** Quotations by the position of the sentence they start in. */
  draftsBySentence: Map<number, QuoteDraft[]>;
  /** Sentences by paragraph position. */
  sentencesByParagraph: Map<number, SentenceInfo[]>;
  /** Participant kinds by id. */
  kinds: Map<string, ParticipantKind>;
  /** Participant names by id. */
  names: Map<string, string>;
  /** Speakers chosen so far, by quotation order. */
  speakers: Map<number, string | null>;
  /** Who the sentences' own clauses say spoke (the clause reading of the statements stage). */
  holders: ClauseHolders;
}

/** Groups values by a key, keeping their order. */
export function groupBy<K, V>(values: V[], keyOf: (value: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const value of values) {
    const key = keyOf(value);
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}

/** What every article's context knows about the participants: built once, shared by all articles. */
export type ParticipantDirectory = Pick<QuoteContext, 'kinds' | 'names'>;

/** The kinds and names of the participants, by id. */
export function directoryOf(participants: Participant[]): ParticipantDirectory {
  return {
    kinds: new Map(participants.map((participant) => [participant.id, participant.kind])),
    names: new Map(participants.map((participant) => [participant.id, participant.name])),
  };
}

/** Builds the context of one article from its reading. */
export function buildQuoteContext(
  article: ArticleReading,
  mentions: Map<string, Mention[]>,
  directory: ParticipantDirectory,
  holders: ClauseHolders = new Map(),
): QuoteContext {
  const sentences: SentenceInfo[] = [];
  const drafts: QuoteDraft[] = [];
  article.paragraphs.forEach(({ paragraph, spans, sentences: readings }, paragraphIndex) => {
    const located = readings.map((reading): SentenceInfo => {
      const inQuote = (mention: Mention) => isQuotedToken(reading, mention);
      return { ...reading, mentions: (mentions.get(reading.sentence.id) ?? []).filter((mention) => !inQuote(mention)) };
    });
    sentences.push(...located);
    // Spans and sentences are both in text order: the first sentence a span can reach only moves forward.
    let firstSentence = 0;
    for (const span of spans) {
      const text = paragraph.text
        .slice(span.start, span.end)
        .trim()
        .replace(/[\s,]+$/u, '');
      while (firstSentence < located.length && located[firstSentence]!.end <= span.open) firstSentence += 1;
      const spanned: SentenceInfo[] = [];
      for (let i = firstSentence; i < located.length && located[i]!.start < (span.close ?? span.end); i += 1) spanned.push(located[i]!);
      if (spanned.length === 0 || text === '') continue;
      drafts.push({
        order: drafts.length,
        paragraph: paragraphIndex,
        span,
        text,
        sentences: spanned,
        opensParagraph: paragraph.text.slice(0, span.open).trim() === '',
        endsParagraph: span.close === null || /^[\s\p{P}]*$/u.test(paragraph.text.slice(span.close + 1)),
      });
    }
  });
  return {
    slug: article.parsed.input.slug,
    sentences,
    drafts,
    draftsBySentence: groupBy(drafts, (draft) => draft.sentences[0]!.position),
    sentencesByParagraph: groupBy(sentences, (info) => info.paragraph),
    kinds: directory.kinds,
    names: directory.names,
    speakers: new Map(),
    holders,
  };
}

/** Most words an attribution rule reads on either side of a quotation mark: attributions stand next to their quotes. */
export const attributionWindow = 40;

/** Index of the first word of the sentence that starts at or after `offset` (binary search), or the word count. */
export function wordIndexAt(info: SentenceInfo, offset: number): number {
  return partitionPoint(info.words, (word) => word.start < offset);
}

/** True when the sentence offset lies inside quotation marks (marks included). */
export const isInsideQuote = (info: SentenceInfo, offset: number): boolean => isQuotedOffset(info, offset);
