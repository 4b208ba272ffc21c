/**
 * Rule: "the president", "the US president", "the Russian leader", "the secretary of state"
 * refer to the most recent person in the article whose stated roles fit the office and the
 * country. Not inside quotations, where the speaker's point of view decides who is meant. A vague
 * office ("the Kremlin aide", "the U.S. official") is resolved only to someone named in the same
 * or the previous sentence; otherwise it is an unnamed source.
 */
import { isQuotedToken } from '../../reading/read-articles.ts';
import { lexicon, roleCountries, roleHead } from '../lexicon.ts';
import { leadRoleNouns } from '../words/role-nouns.ts';
import { isTitleWord, wordOf } from '../read-title.ts';
import type { ArticleState, Corpus, Found } from '../resolution-state.ts';
import type { NameRule } from '../rule.ts';
import { onlySpaceBetween } from '../../reading/tokenize.ts';
import { partitionPoint } from '../../reading/partition-point.ts';

/** Offices that "the leader" may stand for. */
const leaderHeads = ['leader', 'president', 'prime minister', 'chancellor', 'premier', 'king', 'queen'];

/** Nouns for whoever leads a body ("the treasury chief"). */
const leads = new Set(leadRoleNouns);

/**
 * Whether a participant's stated roles fit an office (`head`) and every one of `countries`. The leader of a body
 * named by its words (`body`: "the treasury chief") fits whoever's stated role names that body ("US Treasury
 * Secretary"), whatever the office is called.
 */
function fitsOffice(corpus: Corpus, id: string, head: string, countries: readonly string[], body: readonly string[]): boolean {
  const candidate = corpus.candidates.get(id);
  const profile = corpus.profiles.get(id);
  if (!candidate || candidate.kind !== 'person' || !profile) return false;
  // "the secretary" is the short form of a stated "secretary of state", "the minister" of "foreign minister".
  const fitsHead =
    head === 'leader'
      ? leaderHeads.some((office) => profile.heads.has(office))
      : profile.heads.has(head) ||
        [...profile.heads].some((office) => office.startsWith(`${head} `) || office.endsWith(` ${head}`)) ||
        (leads.has(head) && body.length > 0 && body.every((word) => profile.words.has(word)));
  return fitsHead && countries.every((country) => profile.countries.has(country));
}

/**
 * The names found in an article that fit each office, in text order, made once per office and country set the
 * article's descriptions use: finding the most recent fit is then a walk back from the description's place over
 * fitting names only, not a pass over every name of the article.
 */
type FitIndex = (head: string, countries: readonly string[], body: readonly string[]) => Found[];

/** The names that fit, sorted by sentence and start, for each office and country set asked for. */
function fitIndex(state: ArticleState, corpus: Corpus): FitIndex {
  const lists = new Map<string, Found[]>();
  return (head, countries, body) => {
    const key = `${head}|${countries.join(',')}|${body.join(' ')}`;
    let list = lists.get(key);
    if (list === undefined) {
      list = state.found
        .filter((found) => fitsOffice(corpus, found.participant, head, countries, body))
        .sort((a, b) => a.sentence - b.sentence || a.start - b.start);
      lists.set(key, list);
    }
    return list;
  };
}

const officePatterns = new Map<string, RegExp>();
/** The office as a whole word or words, any case ("President" in "U.S. President Donald Trump"). */
function officePattern(head: string): RegExp {
  let pattern = officePatterns.get(head);
  if (pattern === undefined) {
    pattern = new RegExp(`\\b${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
    officePatterns.set(head, pattern);
  }
  return pattern;
}

/** Sentences after a description that a lede may name its person in ("..., the US treasury chief said. ... Scott Bessent said"). */
const cataphoraReach = 2;

/**
 * The most recent person before the position whose profile fits the office and countries.
 * A description without a country ("the president") that two people in the previous sentence
 * fit is ambiguous, and stays unresolved, unless only one of them was named there with the office as a title
 * ("U.S. President Donald Trump ... his counterpart, Volodymyr Zelenskiy": the president is Trump). The leader of a
 * named body ("the US treasury chief") who fits nobody before may be the first person after who fits, within
 * `cataphoraReach` sentences: news copy often describes a speaker first and names them later. An office alone ("the
 * US president") is not read ahead: a later "President" may be another one.
 */
function mostRecentFit(
  state: ArticleState,
  fits: FitIndex,
  sentence: number,
  start: number,
  head: string,
  countries: string[],
  body: string[],
  reach = Infinity,
): string | null {
  // Within one sentence a writer repeats the name rather than describe someone just named,
  // except in apposition ("Marco Rubio, the secretary of state").
  const text = state.view.sentences[sentence]!.sentence.text;
  const usable = (found: Found) => found.sentence < sentence || (found.end <= start && /^\s*,\s*$/.test(text.slice(found.end, start)));
  const list = fits(head, countries, body);
  let best: string | null = null;
  const near = new Set<string>();
  // Of those, the ones named there with the office itself as their title ("U.S. President Donald Trump").
  const titled = new Set<string>();
  const office = officePattern(head);
  const after = partitionPoint(list, (found) => found.sentence <= sentence);
  for (let i = after - 1; i >= 0; i--) {
    const found = list[i]!;
    if (found.sentence < sentence - reach) break;
    if (!usable(found)) continue;
    best ??= found.participant;
    // Only a description without a country needs to know who else the last two sentences name.
    if (countries.length > 0 || found.sentence < sentence - 1) break;
    near.add(found.participant);
    if (office.test(state.view.sentences[found.sentence]!.sentence.text.slice(found.start, found.end))) titled.add(found.participant);
  }
  if (best === null && reach === Infinity && body.length > 0) {
    const later = list[after];
    if (later !== undefined && later.sentence <= sentence + cataphoraReach) return later.participant;
  }
  if (countries.length === 0 && near.size > 1) return titled.size === 1 ? [...titled][0]! : null;
  return best;
}

export const resolveDescriptors: NameRule = {
  name: 'descriptor',
  nests: true,
  apply: (state, corpus) => {
    const found: Found[] = [];
    const fits = fitIndex(state, corpus);
    const namedIn = new Map<number, Found[]>();
    for (const name of state.found) namedIn.set(name.sentence, [...(namedIn.get(name.sentence) ?? []), name]);
    state.view.sentences.forEach((view, sentence) => {
      const {
        words: tokens,
        sentence: { text },
      } = view;
      const named = namedIn.get(sentence) ?? [];
      // Made at the first "the" that needs it: most sentences have none.
      let entityStarts: Set<number> | undefined;
      const isEntity = (token: { start: number }) => (entityStarts ??= new Set(named.map((f) => tokens[f.first]!.start))).has(token.start);
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
        if (named.some((f) => f.start < tokens[end]!.end && f.end > token.start && corpus.candidates.get(f.participant)?.kind === 'person'))
          return;
        const countries = roleCountries(words);
        // The body a lead noun is the leader of: its words besides the office and the country ("treasury").
        const body = leads.has(head) ? words.filter((word) => word !== head && !lexicon.nationality.has(word)) : [];
        const id = mostRecentFit(state, fits, sentence, token.start, head, countries, body, vague ? 1 : Infinity);
        if (id !== null)
          found.push({ sentence, first: k, last: end, participant: id, rule: 'descriptor', start: token.start, end: tokens[end]!.end });
      });
    });
    return found;
  },
};
