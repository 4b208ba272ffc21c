/**
 * Finds the briefing sentence that a gold sentence (or a piece of one) corresponds to.
 */
import type { Article, Sentence } from '../core/model.ts';
import { sameSentence } from './match-articles.ts';
import { normalizeForMatch } from './normalize-for-match.ts';

/** The briefing sentence equal to the gold text, or else the one that best holds it or is held by it. */
export function findSentence(article: Article, goldText: string): Sentence | null {
  const text = normalizeForMatch(goldText);
  const exact = article.sentences.find((s) => normalizeForMatch(s.text) === text);
  if (exact) return exact;
  return article.sentences.find((s) => sameSentence(normalizeForMatch(s.text), text)) ?? null;
}

/**
 * Briefing sentences of the article whose text contains the (normalised) words. Words cut with an ellipsis ("came as
 * negotiators ... held talks") need every piece in one sentence; pieces that lie in several sentences give each
 * sentence that holds one.
 */
export function sentencesContaining(article: Article, words: string): Sentence[] {
  const pieces = words
    .split(/\s*(?:\.\.\.|…)\s*/u)
    .map(normalizeForMatch)
    .filter((piece) => piece !== '');
  if (pieces.length === 0) return [];
  const texts = article.sentences.map((s) => normalizeForMatch(s.text));
  const all = article.sentences.filter((_, i) => pieces.every((piece) => texts[i]!.includes(piece)));
  if (all.length > 0 || pieces.length === 1) return all;
  return article.sentences.filter((_, i) => pieces.some((piece) => texts[i]!.includes(piece)));
}
