/**
 * Rule: a first name alone ("Marco and Steve", "with Vladimir") for a person the same article
 * names in full, when no other person named in the article shares it. Never across articles:
 * "Scott" alone stays unresolved unless the article introduces a Scott.
 */
import { introducedPeople, uniqueBy } from '../introduced-people.ts';
import type { Found } from '../resolution-state.ts';
import type { NameRule } from '../rule.ts';
import { gluedToOtherName } from './match-surnames.ts';

export const matchFirstNames: NameRule = {
  name: 'first-name',
  apply: (state, corpus) => {
    const given = uniqueBy(introducedPeople(state, corpus), (candidate) => candidate.given);
    const found: Found[] = [];
    if (given.size === 0) return found;
    state.view.sentences.forEach((view, sentence) => {
      const claimed = (k: number) => state.claimed.has(`${sentence}:${k}`);
      view.words.forEach((token, k) => {
        if (!token.cap || token.upper || claimed(k)) return;
        const id = given.get(token.norm);
        const next = view.words[k + 1];
        // "Marco Polo" is someone else: a first name must not run into another capitalised word.
        if (id === undefined || (next?.cap && /^\s+$/.test(view.sentence.text.slice(token.end, next.start)))) return;
        if (gluedToOtherName(view.words, k, view.sentence.text, claimed)) return;
        found.push({ sentence, first: k, last: k, participant: id, rule: 'first-name', start: token.start, end: token.end });
      });
    });
    return found;
  },
};
