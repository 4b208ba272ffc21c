/**
 * What the "read alone" rules look up besides the sentence itself: the briefing's lookups and, for every
 * sentence inside a quotation that began in an earlier sentence, where that quotation began.
 */
import type { Briefing, Quote, Sentence } from '../../../core/model.ts';
import type { BriefingIndex } from '../../data/briefing-index.ts';

export interface ReadingContext {
  index: BriefingIndex;
  /** Sentence id → the sentence its quotation began in, for sentences that continue a quotation. */
  quoteBegan: Map<string, string>;
  /** Sentence id → the quotations it is part of. */
  quotesIn: Map<string, Quote[]>;
}

const contexts = new WeakMap<Briefing, ReadingContext>();

/** The reading context of a briefing, built once. */
export function readingContext(briefing: Briefing, index: BriefingIndex): ReadingContext {
  const cached = contexts.get(briefing);
  if (cached) return cached;
  const quoteBegan = new Map<string, string>();
  const quotesIn = new Map<string, Quote[]>();
  for (const quote of briefing.quotes) {
    for (const id of quote.sentences) {
      if (id !== quote.sentence) quoteBegan.set(id, quote.sentence);
      const list = quotesIn.get(id);
      if (list) list.push(quote);
      else quotesIn.set(id, [quote]);
    }
  }
  const context = { index, quoteBegan, quotesIn };
  contexts.set(briefing, context);
  return context;
}

/** The sentence before `sentence` in its article, or null for an article's first sentence. */
export function previousSentence(context: ReadingContext, sentence: Sentence): Sentence | null {
  const article = context.index.article.get(sentence.article);
  return article?.sentences[sentence.index - 2] ?? null;
}
