/**
 * Rule: a stance participle set off by a comma, or a gerund after "by", "after" or "while", belongs to the subject
 * of the main clause: "Trump thanked Putin, saying ...", "Ukraine has been lobbying for weeks, arguing that ...",
 * "Trump surprised Kyiv by announcing a summit". After "quoted X as" or "cited X as" it is X's ("a paper quoted
 * Lavrov as saying"). After "with" and a name it is that name's ("..., with the Kremlin expressing its disappointment").
 */
import { between } from '../holder-sentence.ts';
import { phraseEndingAt } from '../read-subject.ts';
import type { Found, StatementRule } from '../rule.ts';
import { stanceLemma, verbForm } from '../stance-verb.ts';
import { isSpeech } from './stance-subject.ts';
import { pureAdverbs } from '../words/adverbs.ts';

const adverbs = new Set(pureAdverbs);
const adverbial = (word: string): boolean => word.endsWith('ly') || adverbs.has(word);

/** Prepositions after which a gerund has the main clause's subject. */
const gerundOpeners = new Set(['by', 'after', 'while', 'when', 'before', 'in']);

export const participleClause: StatementRule = {
  name: 'participle-clause',
  apply: (context) => {
    const { sentence } = context;
    const found: Found[] = [];
    for (let v = 1; v < sentence.words.length; v += 1) {
      const word = sentence.lower[v]!;
      const lemma = stanceLemma(word);
      if (lemma === null || sentence.quoted[v] || verbForm(word, lemma) !== 'ing') continue;
      const before = sentence.lower[v - 1]!;
      if (before === 'as' && v >= 2) {
        const named = phraseEndingAt(sentence, v - 2, context);
        if (named !== null) {
          for (const participant of context.resolve(named, true))
            found.push({ participant, kind: 'reported', at: v, speech: isSpeech(sentence, v, lemma) });
          continue;
        }
      }
      // "with the Kremlin expressing its disappointment": a participle right after "with" and a name is that name's.
      const agent = phraseEndingAt(sentence, v - 1, context);
      if (agent !== null && agent.kind === 'named' && between(sentence, v - 1, v).trim() === '') {
        const opener = sentence.lower[agent.first - 1] === 'the' ? agent.first - 2 : agent.first - 1;
        if (opener >= 0 && sentence.lower[opener] === 'with') {
          for (const participant of context.resolve(agent, true))
            found.push({ participant, kind: 'reported', at: v, speech: isSpeech(sentence, v, lemma) });
          continue;
        }
      }
      // ", saying", ", merely stating", "by announcing": a comma (adverbs may follow it) or a preposition before the verb.
      let k = v - 1;
      while (k >= 0 && adverbial(sentence.lower[k]!) && between(sentence, k, k + 1).trim() === '') k -= 1;
      if (between(sentence, k, k + 1).trim() !== ',' && !(k === v - 1 && gerundOpeners.has(before))) continue;
      for (const participant of context.clauseSubject())
        found.push({ participant, kind: 'reported', at: v, speech: isSpeech(sentence, v, lemma) });
      break;
    }
    return found;
  },
};
