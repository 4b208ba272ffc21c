/**
 * Rule: a surname alone ("Rubio said", "Zelenskiy’s") for a person the article named in full,
 * or for a registered person whose surname no other registered person shares. A surname glued
 * to another capitalised word ("Capitol Hill", "Ivanka Trump") belongs to that other name; in
 * all-capital text ("TRUMP AND PUTIN MEET") capitals say nothing, so neighbours do not count.
 */
import { introducedPeople, uniqueBy } from '../introduced-people.ts';
import { lexicon } from '../lexicon.ts';
import { isTitleWord } from '../read-title.ts';
import type { Found } from '../resolution-state.ts';
import type { NameRule } from '../rule.ts';
import { onlySpaceBetween, type Token } from '../../reading/tokenize.ts';

/** True when a capitalised word other than a title or an opener is written right next to the token. */
export function gluedToOtherName(tokens: readonly Token[], index: number, text: string, claimed: (k: number) => boolean): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  const token = tokens[index]!;
  const stranger = (other: Token, k: number) =>
    other.cap &&
    !other.upper &&
    !claimed(k) &&
    !isTitleWord(other, () => false) &&
    !lexicon.common.has(other.norm) &&
    !lexicon.calendar.has(other.norm);
  if (before && onlySpaceBetween(text, before.end, token.start) && !before.possessive && stranger(before, index - 1)) return true;
  return after !== undefined && !token.possessive && onlySpaceBetween(text, token.end, after.start) && stranger(after, index + 1);
}

export const matchSurnames: NameRule = {
  name: 'surname',
  apply: (state, corpus) => {
    const local = uniqueBy(introducedPeople(state, corpus), (candidate) => candidate.surname);
    const found: Found[] = [];
    state.view.sentences.forEach((view, sentence) => {
      const claimed = (k: number) => state.claimed.has(`${sentence}:${k}`);
      view.words.forEach((token, k) => {
        if (!token.cap || claimed(k)) return;
        const id = local.get(token.norm) ?? corpus.surnames.get(token.norm);
        if (id === undefined || gluedToOtherName(view.words, k, view.sentence.text, claimed)) return;
        found.push({ sentence, first: k, last: k, participant: id, rule: 'surname', start: token.start, end: token.end });
      });
    });
    return found;
  },
};
