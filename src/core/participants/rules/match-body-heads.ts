/**
 * Rule: a body called by the head of its name alone ("Treasury is sanctioning ..." after "the US Treasury", "the
 * Commission" after "the European Commission"), the short form news copy uses once the full name is given. The
 * head must be capitalised, the body named in full earlier in the same article, and no other body the article
 * names in full may share the head. A head written into a longer name or a title ("Treasury Secretary", "Council
 * members") is left to that name.
 */
import { onlySpaceBetween } from '../../reading/tokenize.ts';
import { fullNameRules, uniqueBy } from '../introduced-people.ts';
import { lexicon } from '../lexicon.ts';
import type { Found } from '../resolution-state.ts';
import type { NameRule } from '../rule.ts';
import { organisationHeads } from '../words/organisation-heads.ts';

const heads = new Set(organisationHeads);

/** The head noun of a body's name of two words or more ("treasury" for "US Treasury"), or null. */
function headOf(name: string): string | null {
  const words = name.toLowerCase().split(/\s+/);
  const last = words[words.length - 1]!;
  return words.length > 1 && heads.has(last) ? last : null;
}

export const matchBodyHeads: NameRule = {
  name: 'body-head',
  apply: (state, corpus) => {
    // Where each body is first named in full: a head refers back, never ahead.
    const firstNamed = new Map<string, number>();
    for (const found of state.found) {
      const candidate = corpus.candidates.get(found.participant);
      if (candidate?.kind !== 'organization' || !fullNameRules.has(found.rule)) continue;
      if (!firstNamed.has(candidate.id) || found.sentence < firstNamed.get(candidate.id)!) firstNamed.set(candidate.id, found.sentence);
    }
    const named = [...firstNamed.keys()].map((id) => corpus.candidates.get(id)!);
    const byHead = uniqueBy(named, (candidate) => headOf(candidate.name));
    if (byHead.size === 0) return [];
    const found: Found[] = [];
    state.view.sentences.forEach((view, sentence) => {
      const { words } = view;
      words.forEach((token, k) => {
        if (!token.cap || token.upper || state.claimed.has(`${sentence}:${k}`)) return;
        const id = byHead.get(token.lower.replace(/['’]s$/, ''));
        if (id === undefined || firstNamed.get(id)! > sentence) return;
        const before = words[k - 1];
        const after = words[k + 1];
        if (
          before?.cap &&
          !before.upper &&
          !lexicon.common.has(before.norm) &&
          onlySpaceBetween(view.sentence.text, before.end, token.start)
        )
          return;
        if (after?.cap && !token.possessive && onlySpaceBetween(view.sentence.text, token.end, after.start)) return;
        found.push({ sentence, first: k, last: k, participant: id, rule: 'body-head', start: token.start, end: token.end });
      });
    });
    return found;
  },
};
