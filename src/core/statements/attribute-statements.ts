/**
 * Who said what: turns quotes and reported speech into statements, one per speaker and sentence.
 * Rules run in order; a sentence a rule has already attributed to a speaker is not attributed to them again.
 */
import type { Participant, Quote, Statement } from '../model.ts';
import type { Mention, ParsedArticle } from '../stages.ts';
import { quoteSpeaker } from './rules/quote-speaker.ts';
import { reportedSpeech } from './rules/reported-speech.ts';

/** What the rules look at. */
export interface StatementContext {
  /** Every sentence, in article order. */
  articles: ParsedArticle[];
  /** Mentions, grouped by sentence id, in text order. */
  mentionsBySentence: Map<string, Mention[]>;
  /** Participants by id. */
  participants: Map<string, Participant>;
  /** Quotes. */
  quotes: Quote[];
}

/** A statement rule: finds statements in the context. */
export interface StatementRule {
  /** Rule name, recorded in each statement it finds. */
  name: string;
  /** The statements the rule finds. */
  apply: (context: StatementContext) => Omit<Statement, 'rule'>[];
}

const RULES: readonly StatementRule[] = [quoteSpeaker, reportedSpeech];

/** All statements, in article and sentence order. */
export function attributeStatements(
  articles: ParsedArticle[],
  mentions: Mention[],
  participants: Participant[],
  quotes: Quote[],
): Statement[] {
  const mentionsBySentence = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const list = mentionsBySentence.get(mention.sentence) ?? [];
    list.push(mention);
    mentionsBySentence.set(mention.sentence, list);
  }
  for (const list of mentionsBySentence.values()) list.sort((a, b) => a.start - b.start);
  const context: StatementContext = {
    articles,
    mentionsBySentence,
    participants: new Map(participants.map((participant) => [participant.id, participant])),
    quotes,
  };
  const seen = new Set<string>();
  const found: Statement[] = [];
  for (const rule of RULES) {
    for (const statement of rule.apply(context)) {
      const key = `${statement.sentence}\u0000${statement.participant}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ ...statement, rule: rule.name });
    }
  }
  const order = new Map(articles.flatMap((article) => article.sentences).map((sentence, position) => [sentence.id, position]));
  return found.sort((a, b) => (order.get(a.sentence) ?? 0) - (order.get(b.sentence) ?? 0) || (a.participant < b.participant ? -1 : 1));
}
