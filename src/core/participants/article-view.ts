/**
 * The tokenised view of an article that the participant rules read: every sentence with its
 * tokens and the character ranges inside quotation marks.
 */
import type { ParsedArticle, TextSentence } from '../stages.ts';
import { readParagraph, type ParagraphReading } from '../quotes/read-paragraph.ts';
import { tokenizeSentence, type Token } from './tokenize-sentence.ts';

/** A sentence ready for matching. */
export interface SentenceView {
  /** The sentence as the text stage gave it. */
  sentence: TextSentence;
  /** Its tokens (shared with other sentences of the same text). */
  tokens: readonly Token[];
  /** `[start, end)` ranges of quoted words, in sentence offsets. */
  quoted: Array<[number, number]>;
}

/** An article ready for matching. */
export interface ArticleView {
  /** Article slug. */
  slug: string;
  /** Sentences in order. */
  sentences: SentenceView[];
  /** Each paragraph as read, for the quotes stage. */
  paragraphs: ParagraphReading[];
}

/** Tokenises an article and marks its quoted ranges; `tokenize` may read a repeated sentence once. */
export function viewArticle(article: ParsedArticle, tokenize: (text: string) => readonly Token[] = tokenizeSentence): ArticleView {
  const sentences: SentenceView[] = [];
  const paragraphs = article.paragraphs.map((paragraph) => readParagraph(paragraph, tokenize));
  for (const { located, spans, tokens } of paragraphs) {
    for (const [position, { sentence, start, end }] of located.entries()) {
      const quoted: Array<[number, number]> = [];
      for (const span of spans) {
        const from = Math.max(span.start, start);
        const to = Math.min(span.end, end);
        if (from < to) quoted.push([from - start, to - start]);
      }
      sentences.push({ sentence, tokens: tokens[position]!, quoted });
    }
  }
  return { slug: article.input.slug, sentences, paragraphs };
}

/** True when the token lies inside quotation marks. */
export function isQuoted(view: SentenceView, token: Token): boolean {
  return view.quoted.some(([from, to]) => token.start >= from && token.end <= to);
}
