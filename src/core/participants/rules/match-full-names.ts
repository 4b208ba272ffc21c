/**
 * Rule: full names and aliases of registered and discovered participants, in any of their
 * spellings (`Zelenskiy`, `Zelenskyy’s`, `Volodymyr Zelensky`), longest match first.
 */
import { matchAt } from '../compile-matcher.ts';
import type { Found } from '../resolution-state.ts';
import type { NameRule } from '../rule.ts';

export const matchFullNames: NameRule = {
  name: 'full-name',
  apply: (state, corpus) => {
    const found: Found[] = [];
    state.view.sentences.forEach((view, sentence) => {
      for (let k = 0; k < view.words.length; k += 1) {
        const match = matchAt(corpus.names, view.sentence.text, view.words, k);
        if (!match) continue;
        const candidate = corpus.candidates.get(match.phrase.target);
        if (!candidate) continue;
        const rule = !candidate.registered ? 'discovered-name' : match.phrase.text === candidate.name ? 'registry-name' : 'registry-alias';
        const start = view.words[match.first]!.start;
        found.push({
          sentence,
          first: match.first,
          last: match.last,
          participant: candidate.id,
          rule,
          start,
          end: view.words[match.last]!.end,
        });
        k = match.last;
      }
    });
    return found;
  },
};
