/**
 * Rule: hyphenated compounds of known names ("Trump-Putin summit", "Russia-Ukraine war",
 * "US-backed guarantees") mention each named part. A compound with an unknown capitalised part
 * ("Elmendorf-Richardson") mentions nobody.
 */
import { matchAt } from '../compile-matcher.ts';
import { introducedPeople, uniqueBy } from '../introduced-people.ts';
import type { Found } from '../resolution-state.ts';
import type { NameRule } from '../rule.ts';
import { tokenize } from '../../reading/tokenize.ts';

export const splitCompounds: NameRule = {
  name: 'compound',
  apply: (state, corpus) => {
    const local = uniqueBy(introducedPeople(state, corpus), (candidate) => candidate.surname);
    const found: Found[] = [];
    state.view.sentences.forEach((view, sentence) => {
      view.words.forEach((token, k) => {
        if (!/[-‐]/.test(token.base) || state.claimed.has(`${sentence}:${k}`)) return;
        const parts: Found[] = [];
        let offset = token.start;
        let unknown = false;
        for (const part of token.base.split(/[-‐]/)) {
          const partToken = tokenize(part).find((token) => token.word);
          const match = partToken ? (matchAt(corpus.names, part, [partToken], 0) ?? matchAt(corpus.metonyms, part, [partToken], 0)) : null;
          const id =
            match?.phrase.target ?? (partToken?.cap ? (local.get(partToken.norm) ?? corpus.surnames.get(partToken.norm)) : undefined);
          if (id !== undefined)
            parts.push({ sentence, first: k, last: k, participant: id, rule: 'compound', start: offset, end: offset + part.length });
          else if (/^\p{Lu}/u.test(part)) unknown = true;
          offset += part.length + 1;
        }
        if (!unknown) found.push(...parts);
      });
    });
    return found;
  },
};
