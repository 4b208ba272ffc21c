/**
 * Shapes that pass between analysis stages. Each stage takes what it needs and returns
 * a new value; nothing here is mutated after a stage returns it.
 */
import type { ArticleInput } from './model.ts';

/** A sentence as the text stage finds it, before any other stage looks at it. */
export interface TextSentence {
  /** `<article slug>#s-<n>`. */
  id: string;
  /** Article slug. */
  article: string;
  /** 1-based position in the article. */
  index: number;
  /** 1-based paragraph number. */
  paragraph: number;
  /** Exact text of the sentence. */
  text: string;
}

/** A paragraph of cleaned article text. */
export interface Paragraph {
  /** 1-based paragraph number. */
  index: number;
  /** The paragraph's plain text (Markdown formatting removed). */
  text: string;
  /** Its sentences, in order. */
  sentences: TextSentence[];
}

/** An article split into paragraphs and sentences. */
export interface ParsedArticle {
  /** The validated input. */
  input: ArticleInput;
  /** Paragraphs in order. */
  paragraphs: Paragraph[];
  /** All sentences in order (the same objects as in `paragraphs`). */
  sentences: TextSentence[];
}

/** One place where a participant is named or referred to. */
export interface Mention {
  /** Sentence id. */
  sentence: string;
  /** Participant id. */
  participant: string;
  /** The words as written (`President Putin`, `the Kremlin`, `Zelenskiy's`). */
  surface: string;
  /** Start offset in the sentence text (UTF-16 units). */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** Name of the rule that resolved it (`registry-alias`, `surname`, `first-name`, `pronoun`, ...). */
  rule: string;
}
