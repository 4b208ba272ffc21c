/**
 * Rule: a stance noun with its source and what it says after "that": the source after "from" ("signals from Kyiv
 * that it had reached a common understanding", "a warning from the Kremlin that ...") or before it as a possessive
 * ("Trump's announcement on Tuesday that ...", "the Kremlin's insistence that ..."). The source holds the statement,
 * as the subject of the stance verb would. Without the "that" clause the noun is only a thing received ("pressure
 * from Washington", "Kyiv's request"), and holds nothing.
 */
import { between, type HolderSentence } from '../holder-sentence.ts';
import { phraseEndingAt } from '../read-subject.ts';
import type { Found, StatementContext, StatementRule } from '../rule.ts';
import { stanceNouns } from '../words/stance-nouns.ts';

const nouns = new Set(stanceNouns.flat());

/** Most words of the source after "from" ("from the Russian Foreign Ministry": four). */
const maxSource = 5;

/** Most words between a stance noun and its "that" ("announcement on Tuesday that": two). */
const maxAdjunct = 4;

/** True when "that" follows word `k` within a few words of one clause ("announcement on Tuesday that"). */
function thatClauseAfter(sentence: HolderSentence, k: number): boolean {
  for (let j = k + 1; j < sentence.words.length && j - k - 1 <= maxAdjunct; j += 1) {
    if (between(sentence, j - 1, j).trim() !== '') return false;
    if (sentence.lower[j] === 'that') return true;
  }
  return false;
}

/** The holders of a stance noun at word `k` written after its source's possessive ("Trump's announcement"). */
function possessiveSource(sentence: HolderSentence, k: number, context: StatementContext): string[] {
  if (k === 0 || !sentence.words[k - 1]!.possessive || !thatClauseAfter(sentence, k)) return [];
  const phrase = phraseEndingAt(sentence, k - 1, context);
  return phrase === null ? [] : context.resolve(phrase, false);
}

export const stanceNounSource: StatementRule = {
  name: 'stance-noun-source',
  apply: (context) => {
    const { sentence } = context;
    const found: Found[] = [];
    for (let k = 0; k + 3 < sentence.words.length; k += 1) {
      if (!nouns.has(sentence.lower[k]!) || sentence.quoted[k]) continue;
      for (const participant of possessiveSource(sentence, k, context)) found.push({ participant, kind: 'reported', at: k, speech: false });
      if (sentence.lower[k + 1] !== 'from') continue;
      for (let end = k + 2; end < sentence.words.length && end - k - 1 <= maxSource; end += 1) {
        if (between(sentence, end - 1, end).trim() !== '' && end > k + 2) break;
        if (sentence.lower[end + 1] !== 'that' || between(sentence, end, end + 1).trim() !== '') continue;
        const phrase = phraseEndingAt(sentence, end, context);
        if (phrase === null || phrase.first !== k + 2 + (sentence.lower[k + 2] === 'the' ? 1 : 0)) break;
        for (const participant of context.resolve(phrase, false)) found.push({ participant, kind: 'reported', at: k, speech: false });
        break;
      }
    }
    return found;
  },
};
