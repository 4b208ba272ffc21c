/**
 * Rule: a capital standing for its government ("Kyiv rejected", "Washington's proposal",
 * "a proposal to Kyiv"), but not the place ("in Moscow", "left Washington for Anchorage",
 * a dateline, or part of a longer name such as "Washington Post").
 */
import { matchAt } from '../compile-matcher.ts';
import { lexicon } from '../lexicon.ts';
import { wordOf } from '../read-title.ts';
import type { Found } from '../resolution-state.ts';
import type { NameRule } from '../rule.ts';
import type { Token } from '../../reading/tokenize.ts';

/** Is the token at `index` used as a place rather than an actor? */
function isPlace(tokens: readonly Token[], index: number, text: string): boolean {
  const token = tokens[index]!;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  // Dateline: capitals opening the sentence ("ANCHORAGE:", "KYIV/WASHINGTON, Nov 23").
  if (token.upper && tokens.slice(0, index).every((earlier) => earlier.upper)) return true;
  if (after && after.cap && /^\s+$/.test(text.slice(token.end, after.start)) && !token.possessive) return true;
  if (!before) return false;
  const word = wordOf(before);
  if (lexicon.placePrepositions.has(word) || lexicon.movement.has(word)) return true;
  if (word === 'to' || word === 'for' || word === 'from') {
    return tokens.slice(Math.max(0, index - 4), index - 1).some((earlier) => lexicon.movement.has(wordOf(earlier)));
  }
  return false;
}

export const matchMetonyms: NameRule = {
  name: 'metonym',
  apply: (state, corpus) => {
    const found: Found[] = [];
    state.view.sentences.forEach((view, sentence) => {
      for (let k = 0; k < view.words.length; k += 1) {
        const match = matchAt(corpus.metonyms, view.sentence.text, view.words, k);
        if (!match || isPlace(view.words, k, view.sentence.text)) continue;
        const end = view.words[match.last]!.end;
        found.push({
          sentence,
          first: k,
          last: match.last,
          participant: match.phrase.target,
          rule: 'metonym',
          start: view.words[k]!.start,
          end,
        });
      }
    });
    return found;
  },
};
