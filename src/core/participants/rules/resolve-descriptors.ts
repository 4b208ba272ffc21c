/**
 * Rule: "the president", "the US president", "the Russian leader", "the secretary of state"
 * refer to the most recent person in the article whose stated roles fit the office and the
 * country. Not inside quotations, where the speaker's point of view decides who is meant. A vague
 * office ("the Kremlin aide", "the U.S. official") is resolved only to someone named in the same
 * or the previous sentence; otherwise it is an unnamed source.
 */
import { isQuotedToken } from '../../reading/read-articles.ts';
import { lexicon, roleCountries, roleHead } from '../lexicon.ts';
import { isTitleWord, wordOf } from '../read-title.ts';
import type { ArticleState, Corpus, Found } from '../resolution-state.ts';
import type { NameRule } from '../rule.ts';
import { onlySpaceBetween } from '../../reading/tokenize.ts';

/** Offices that "the leader" may stand for. */
const leaderHeads = ['leader', 'president', 'prime minister', 'chancellor', 'premier', 'king', 'queen'];

/**
 * The most recent person before the position whose profile fits the office and countries.
 * A description without a country ("the president") that two people in the previous sentence
 * fit is ambiguous, and stays unresolved.
 */
function mostRecentFit(
  state: ArticleState,
  corpus: Corpus,
  sentence: number,
  start: number,
  head: string,
  countries: string[],
  reach = Infinity,
): string | null {
  const fits = (id: string): boolean => {
    const candidate = corpus.candidates.get(id);
    const profile = corpus.profiles.get(id);
    if (!candidate || candidate.kind !== 'person' || !profile) return false;
    // "the secretary" is the short form of a stated "secretary of state", "the minister" of "foreign minister".
    const fitsHead =
      head === 'leader'
        ? leaderHeads.some((office) => profile.heads.has(office))
        : profile.heads.has(head) || [...profile.heads].some((office) => office.startsWith(`${head} `) || office.endsWith(` ${head}`));
    return fitsHead && countries.every((country) => profile.countries.has(country));
  };
  // Within one sentence a writer repeats the name rather than describe someone just named,
  // except in apposition ("Marco Rubio, the secretary of state").
  const text = state.view.sentences[sentence]!.sentence.text;
  const apposed = (found: Found) => found.sentence === sentence && /^\s*,\s*$/.test(text.slice(found.end, start));
  const earlier = state.found
    .filter(
      (found) => found.sentence >= sentence - reach && (found.sentence < sentence || (found.sentence === sentence && found.end <= start)),
    )
    .filter((found) => fits(found.participant) && (found.sentence < sentence || apposed(found)))
    .sort((a, b) => b.sentence - a.sentence || b.start - a.start);
  if (countries.length === 0) {
    const near = new Set(earlier.filter((found) => found.sentence >= sentence - 1).map((found) => found.participant));
    if (near.size > 1) return null;
  }
  return earlier[0]?.participant ?? null;
}

export const resolveDescriptors: NameRule = {
  name: 'descriptor',
  nests: true,
  apply: (state, corpus) => {
    const found: Found[] = [];
    state.view.sentences.forEach((view, sentence) => {
      const {
        words: tokens,
        sentence: { text },
      } = view;
      // Made at the first "the" that needs it: most sentences have none.
      let entityStarts: Set<number> | undefined;
      const isEntity = (token: { start: number }) =>
        (entityStarts ??= new Set(state.found.filter((f) => f.sentence === sentence).map((f) => tokens[f.first]!.start))).has(token.start);
      tokens.forEach((token, k) => {
        if (wordOf(token) !== 'the' || isQuotedToken(view, token)) return;
        let last = k;
        while (
          tokens[last + 1] &&
          !tokens[last + 1]!.possessive &&
          onlySpaceBetween(text, tokens[last]!.end, tokens[last + 1]!.start) &&
          isTitleWord(tokens[last + 1]!, isEntity)
        )
          last += 1;
        let words = tokens.slice(k + 1, last + 1).map(wordOf);
        while (words.length > 0 && roleHead(words) === null) words = words.slice(0, -1);
        const head = roleHead(words);
        if (head === null || lexicon.relationalRoles.has(head)) return;
        // "The Kremlin aide added": a vague office names someone only right after that person, and with a body or country.
        const vague = lexicon.anonymousRoles.has(head);
        if (vague && roleCountries(words).length === 0) return;
        const end = k + words.length;
        const next = tokens[end + 1];
        if (next && next.cap && onlySpaceBetween(text, tokens[end]!.end, next.start)) return; // a title before a name
        if (next && wordOf(next) === 'of' && !head.includes(' of ')) return; // "the head of the delegation"
        if (
          state.found.some(
            (f) =>
              f.sentence === sentence &&
              f.start < tokens[end]!.end &&
              f.end > token.start &&
              corpus.candidates.get(f.participant)?.kind === 'person',
          )
        )
          return;
        const id = mostRecentFit(state, corpus, sentence, token.start, head, roleCountries(words), vague ? 1 : Infinity);
        if (id !== null)
          found.push({ sentence, first: k, last: end, participant: id, rule: 'descriptor', start: token.start, end: tokens[end]!.end });
      });
    });
    return found;
  },
};
