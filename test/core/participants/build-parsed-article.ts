/**
 * Builds a `ParsedArticle` from paragraph strings for stage tests that should not depend on
 * the text stage: sentences split at a full stop, question or exclamation mark (closing quote
 * included) before a capital, except after common abbreviations.
 */
import type { ParsedArticle, Paragraph, TextSentence } from '../../../src/core/stages.ts';

const abbreviations = /(?:\b(?:U\.S|U\.K|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Nov|Dec|Jan|Feb|Aug|Sept|Oct|a\.m|p\.m|No)\.)$/;

function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?]["”’]?(\s+)(?=["“‘]?\p{Lu})/gu)) {
    const end = match.index + match[0].length - match[1]!.length;
    if (abbreviations.test(text.slice(start, end))) continue;
    sentences.push(text.slice(start, end));
    start = match.index + match[0].length;
  }
  if (start < text.length) sentences.push(text.slice(start));
  return sentences.filter((sentence) => sentence.trim() !== '');
}

/** An article with the given slug whose paragraphs are the given strings. */
export function buildParsedArticle(slug: string, paragraphTexts: string[]): ParsedArticle {
  const sentences: TextSentence[] = [];
  const paragraphs: Paragraph[] = paragraphTexts.map((text, p) => {
    const before = sentences.length;
    const own = splitSentences(text).map((sentence, k): TextSentence => ({
      id: `${slug}#s-${before + k + 1}`,
      article: slug,
      index: before + k + 1,
      paragraph: p + 1,
      text: sentence,
    }));
    sentences.push(...own);
    return { index: p + 1, text, sentences: own };
  });
  return {
    input: {
      slug,
      file: `articles/${slug}.md`,
      title: slug,
      outlet: 'Test Wire',
      published: '2025-11-27',
      url: null,
      dateline: null,
      wire: null,
      body: paragraphTexts.join('\n\n'),
    },
    paragraphs,
    sentences,
  };
}
