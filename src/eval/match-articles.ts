/**
 * Pairs gold articles with briefing articles by their sentences, never by position or file
 * name: a gold article goes to the briefing article that contains most of its sentences.
 */
import type { Article, Briefing } from '../core/model.ts';
import type { GoldArticle } from './gold.ts';
import { normalizeForMatch } from './normalize-for-match.ts';

/** A gold article and the briefing article it was matched to. */
export interface ArticlePair {
  /** The gold article. */
  gold: GoldArticle;
  /** The briefing article. */
  article: Article;
  /** How many gold sentences were found in it. */
  shared: number;
}

/** True when two normalised sentences are the same, or one holds the other (a dateline left on). */
export function sameSentence(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 20 && long.includes(short) && short.length >= long.length * 0.6;
}

function sharedSentences(gold: GoldArticle, article: Article): number {
  const texts = article.sentences.map((s) => normalizeForMatch(s.text));
  const exact = new Set(texts);
  return gold.sentences.filter((s) => {
    const text = normalizeForMatch(s.text);
    return exact.has(text) || texts.some((t) => sameSentence(t, text));
  }).length;
}

/** Matches each gold article to at most one briefing article, best overlaps first. */
export function matchArticles(briefing: Briefing, gold: readonly GoldArticle[]): ArticlePair[] {
  const candidates: ArticlePair[] = [];
  for (const goldArticle of gold) {
    for (const article of briefing.articles) {
      const shared = sharedSentences(goldArticle, article);
      if (shared > 0) candidates.push({ gold: goldArticle, article, shared });
    }
  }
  candidates.sort((a, b) => b.shared - a.shared || (a.gold.file < b.gold.file ? -1 : a.gold.file > b.gold.file ? 1 : 0));
  const pairs: ArticlePair[] = [];
  for (const candidate of candidates) {
    if (pairs.some((p) => p.gold === candidate.gold || p.article === candidate.article)) continue;
    pairs.push(candidate);
  }
  return pairs.sort((a, b) => (a.gold.file < b.gold.file ? -1 : 1));
}
