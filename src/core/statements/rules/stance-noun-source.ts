/**
 * Rule: a stance noun with its source after "from" and what it says after "that" ("signals from Kyiv that it had
 * reached a common understanding", "assurances from Washington that ...", "a warning from the Kremlin that ..."):
 * the source holds the statement, as the subject of the stance verb would. Without the "that" clause the noun is only
 * a thing received ("pressure from Washington"), and holds nothing.
 */
import { between } from '../holder-sentence.ts';
import { phraseEndingAt } from '../read-subject.ts';
import type { Found, StatementRule } from '../rule.ts';
import { stanceNouns } from '../words/stance-nouns.ts';

const nouns = new Set(stanceNouns.flat());

/** Most words of the source after "from" ("from the Russian Foreign Ministry": four). */
const maxSource = 5;

export const stanceNounSource: StatementRule = {
  name: 'stance-noun-source',
  apply: (context) => {
    const { sentence } = context;
    const found: Found[] = [];
    for (let k = 0; k + 3 < sentence.words.length; k += 1) {
      if (!nouns.has(sentence.lower[k]!) || sentence.lower[k + 1] !== 'from' || sentence.quoted[k]) continue;
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
