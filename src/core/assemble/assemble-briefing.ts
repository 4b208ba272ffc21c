/** The Briefing itself: the title, how recent it is, and every stage's result in the model's order of fields. */
import type { Article, Briefing } from '../model.ts';

/** The parts a briefing is made of, each as its stage or assembly returned it. */
export type BriefingParts = Omit<Briefing, 'schemaVersion' | 'title' | 'asOf'>;

/** The latest publication date among the articles, or null when there are none. */
export function asOfArticles(articles: readonly Article[]): string | null {
  return articles.reduce<string | null>(
    (latest, article) => (latest === null || article.published > latest ? article.published : latest),
    null,
  );
}

/** The briefing titled `title`, dated by its newest article. */
export function assembleBriefing(title: string, parts: BriefingParts): Briefing {
  return {
    schemaVersion: 1,
    title,
    asOf: asOfArticles(parts.articles),
    articles: parts.articles,
    topics: parts.topics,
    participants: parts.participants,
    quotes: parts.quotes,
    statements: parts.statements,
    events: parts.events,
    happenings: parts.happenings,
    figures: parts.figures,
    claims: parts.claims,
  };
}
