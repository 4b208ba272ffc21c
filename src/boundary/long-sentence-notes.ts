/**
 * Tells the editor where the analysis read a "sentence" in pieces because it ran past the word limit (a transcript
 * without full stops, a table pasted as text): one line per such sentence, with its file and line. The text itself
 * is shown whole on the article's page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../core/model.ts';
import { findLongSentences } from '../core/text/find-long-sentences.ts';
import { maxSentenceWords } from '../core/text/rules/split-long-sentences.ts';

/** The 1-based line of `file` where `opening` (the sentence's first words) starts, or 1 when it cannot be found. */
function lineOf(file: string, opening: string): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return 1;
  }
  const first = opening.split(/\s+/).slice(0, 4).join(' ');
  const at = text.replace(/\s+/g, ' ').indexOf(first);
  if (at < 0) return 1;
  // Count the line breaks before the same point of the original text (whitespace runs were folded to one space).
  let folded = 0;
  let line = 1;
  for (let i = 0; i < text.length && folded < at; i += 1) {
    if (text[i] === '\n') line += 1;
    if (/\s/.test(text[i]!)) {
      while (i + 1 < text.length && /\s/.test(text[i + 1]!)) {
        i += 1;
        if (text[i] === '\n') line += 1;
      }
    }
    folded += 1;
  }
  return line;
}

/** One note per over-long sentence of the articles, `file:line: message`. */
export function longSentenceNotes(root: string, articles: readonly ArticleInput[]): string[] {
  const notes: string[] = [];
  for (const article of articles) {
    for (const long of findLongSentences(article)) {
      notes.push(
        `${article.file}:${lineOf(join(root, article.file), long.opening)}: a sentence of ${long.words.toLocaleString('en-US')} words ` +
          `is read by the analysis in pieces of at most ${maxSentenceWords} words (its page shows it whole)`,
      );
    }
  }
  return notes;
}
