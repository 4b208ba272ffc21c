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

/** Briefing sentences of the article whose text contains the (normalised) words. */
export function sentencesContaining(article: Article, words: string): Sentence[] {
  const needle = normalizeForMatch(words);
  return article.sentences.filter((s) => normalizeForMatch(s.text).includes(needle));
}
