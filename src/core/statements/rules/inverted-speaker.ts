/**
 * Rule: a speech verb before its speaker, at the end of a clause: "..., said Kremlin spokesman Dmitry Peskov.",
 * "Ukraine must choose, says Zelensky", "..., said a senior official in Kyiv"; right after a closing quotation mark
 * any reporting verb may stand so ("“...,” reiterated Yermak"). The name must close the clause, otherwise it opens
 * what was said ("said Russia will not stop"), and no word before it may open a clause ("added that Kushner may
 * join", "said it will oppose forces in Ukraine"). Inversion follows what was said, so the verb comes right after a
 * comma, dash, colon or quotation mark ("when Trump had asked Putin" has no speaker after its verb).
 */
import { lexicon } from '../../participants/lexicon.ts';
import { between, type HolderSentence } from '../holder-sentence.ts';
import { phraseEndingAt } from '../read-subject.ts';
import type { Found, StatementRule } from '../rule.ts';
import { isReportingVerb, stanceLemma } from '../stance-verb.ts';

/** Most words from the verb to the end of its speaker's phrase ("said the Kremlin's chief foreign policy aide"). */
const maxPhrase = 8;

/** Most words of an adjunct after the speaker's name ("said Dmitriev on Sunday", "said Peskov in a statement"). */
const maxAdjunct = 4;

/** True when the clause ends after word `k`, or after a short adjunct that opens with a preposition. */
function closesClause(sentence: HolderSentence, k: number): boolean {
  const ends = (j: number) => j === sentence.words.length - 1 || /^\s*[,.;:!?—–]/u.test(between(sentence, j, j + 1));
  if (ends(k)) return true;
  if (!adjunctOpeners.has(sentence.lower[k + 1] ?? '')) return false;
  for (let j = k + 1; j < sentence.words.length && j - k <= maxAdjunct; j += 1) if (ends(j)) return true;
  return false;
}

/** Words after a speech verb that open what was said, not who said it ("said that ...", "said it will ..."). */
const clauseOpeners = new Set(['that', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'this', 'these', 'those']);

/** True when a word from `from` to `to` (exclusive) opens a reported clause. */
function opensClause(sentence: HolderSentence, from: number, to: number): boolean {
  for (let j = from; j < to; j += 1) if (clauseOpeners.has(sentence.lower[j]!)) return true;
  return false;
}

const adjunctOpeners = new Set(['on', 'in', 'at', 'about', 'during', 'after', 'before', 'late', 'earlier', 'later', 'today', 'yesterday']);

export const invertedSpeaker: StatementRule = {
  name: 'inverted-speaker',
  apply: (context) => {
    const { sentence } = context;
    const found: Found[] = [];
    for (let v = 0; v < sentence.words.length - 1; v += 1) {
      if (sentence.quoted[v]) continue;
      const lemma = stanceLemma(sentence.lower[v]!);
      const afterQuote =
        v > 0 &&
        sentence.quoted[v - 1] === true &&
        /[”"’']\s*$/.test(
          between(sentence, v - 1, v).trim().length > 0
            ? between(sentence, v - 1, v)
            : sentence.reading.sentence.text.slice(0, sentence.words[v]!.start).trimEnd(),
        );
      if (!lexicon.invertedSpeechVerbs.has(sentence.lower[v]!) && !(afterQuote && lemma !== null && isReportingVerb(lemma))) continue;
      // Inversion follows what was said: a comma, dash, colon or closing quotation mark stands right before the verb
      // ("..., said Peskov"); after a word it is the subject's own verb ("when Trump had asked Putin").
      if (v > 0 && !afterQuote && !/[,;:—–”"’']/u.test(between(sentence, v - 1, v))) continue;
      for (let k = v + 1; k < sentence.words.length && k - v <= maxPhrase; k += 1) {
        if (sentence.quoted[k] || between(sentence, k - 1, k).trim() !== '') break;
        const phrase = phraseEndingAt(sentence, k, context);
        if (phrase === null || phrase.first <= v || !closesClause(sentence, k)) continue;
        if (opensClause(sentence, v + 1, phrase.first)) break;
        for (const participant of context.resolve(phrase, true)) found.push({ participant, kind: 'reported', at: v, speech: true });
        break;
      }
    }
    return found;
  },
};
