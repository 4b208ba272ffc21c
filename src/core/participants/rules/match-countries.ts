/**
 * Rule: the name of a country the registry lacks ("France", "the UK", "Britain"), unless it is part of a longer name
 * written next to it ("Jordan Bardella", "Georgia Meloni"), where the country's name is a person's.
 */
import { matchAt } from '../compile-matcher.ts';
import type { Found } from '../resolution-state.ts';
import type { NameRule } from '../rule.ts';
import { gluedToOtherName } from './match-surnames.ts';

export const matchCountries: NameRule = {
  name: 'country',
  apply: (state, corpus) => {
    const found: Found[] = [];
    state.view.sentences.forEach((view, sentence) => {
      const claimed = (k: number) => state.claimed.has(`${sentence}:${k}`);
      for (let k = 0; k < view.words.length; k += 1) {
        const match = matchAt(corpus.countries, view.sentence.text, view.words, k);
        if (!match) continue;
        if (match.first === match.last && gluedToOtherName(view.words, k, view.sentence.text, claimed)) continue;
        found.push({
          sentence,
          first: k,
          last: match.last,
          participant: match.phrase.target,
          rule: 'country',
          start: view.words[k]!.start,
          end: view.words[match.last]!.end,
        });
        k = match.last;
      }
    });
    return found;
  },
};
