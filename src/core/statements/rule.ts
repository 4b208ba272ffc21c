/**
 * The shape of a statement rule: it reads one sentence and names the participants whose statement, position or
 * decision the sentence reports. Rules run in order (`rules.ts`); a holder found by an earlier rule is kept once.
 */
import type { Statement } from '../model.ts';
import type { HolderSentence } from './holder-sentence.ts';
import type { Subject, SubjectContext } from './read-subject.ts';

/** A holder found in a sentence. */
export interface Found {
  /** Participant id. */
  participant: string;
  /** Quoted words, reported speech, or a stated stance or decision. */
  kind: Statement['kind'];
  /** Index of the word that makes the attribution (the verb, "according"). */
  at: number;
  /** True when that word reports speech ("said", "told", "according to"), not only a stance ("rejected"). */
  speech: boolean;
}

/** What a rule sees of one sentence. */
export interface StatementContext extends SubjectContext {
  /** The sentence. */
  sentence: HolderSentence;
  /**
   * The participants a subject stands for, pronouns resolved against the sentences before (for the subject of a
   * speech verb, the last speaker first: "..., he said"); empty when unknown.
   */
  resolve: (subject: Subject, ofSpeech?: boolean) => string[];
  /** The subject of the sentence's main clause, resolved (empty when it has none). */
  clauseSubject: () => string[];
}

/** A named rule. */
export interface StatementRule {
  /** Rule name, recorded on each statement it finds. */
  name: string;
  /** Holders found in the sentence. */
  apply: (context: StatementContext) => Found[];
}
