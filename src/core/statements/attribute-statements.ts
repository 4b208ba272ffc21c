/**
 * The statements stage: who says what. A statement belongs to the participant whose words, position or decision a
 * sentence reports: the speaker of a quotation (every sentence the quotation spans), and the holders of the
 * sentence's own clauses (`read-clause-holders.ts`). One statement per participant and sentence, quoted words first.
 */
import type { Quote, Statement } from '../model.ts';
import type { ArticleReading } from '../reading/read-articles.ts';
import type { ClauseHolders } from './read-clause-holders.ts';

const byParticipant = (a: Statement, b: Statement): number => (a.participant < b.participant ? -1 : a.participant > b.participant ? 1 : 0);

/** All statements, in article and sentence order, then by participant. */
export function attributeStatements(articles: readonly ArticleReading[], holders: ClauseHolders, quotes: readonly Quote[]): Statement[] {
  const quoted = new Map<string, string[]>();
  for (const quote of quotes) {
    if (quote.speaker === null) continue;
    for (const sentence of quote.sentences) {
      const list = quoted.get(sentence) ?? [];
      if (!list.includes(quote.speaker)) list.push(quote.speaker);
      quoted.set(sentence, list);
    }
  }
  const statements: Statement[] = [];
  for (const article of articles) {
    for (const { sentence } of article.sentences) {
      const own: Statement[] = (quoted.get(sentence.id) ?? []).map((participant) => ({
        participant,
        sentence: sentence.id,
        kind: 'quote',
        rule: 'quote-speaker',
      }));
      for (const holder of holders.get(sentence.id) ?? []) {
        if (own.some((statement) => statement.participant === holder.participant)) continue;
        own.push({ participant: holder.participant, sentence: sentence.id, kind: holder.kind, rule: holder.rule });
      }
      statements.push(...own.sort(byParticipant));
    }
  }
  return statements;
}
