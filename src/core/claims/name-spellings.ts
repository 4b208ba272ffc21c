/**
 * Names the sources spell differently: one claim for each name a participant is written under in more than one
 * spelling across articles ("Zelensky", "Zelenskiy", "Zelenskyy"; "Sergei" and "Sergey"; "Kyiv" and "Kiev").
 * Such a claim is `disputed` with kind `spelling`: its values are the spellings, each with the first outlet to use
 * it, and its sentences the first sentence of each article that uses each spelling.
 *
 * Two words are spellings of one name when they fold to one key (`foldName`: transliterated endings) or share a
 * first letter and a consonant skeleton (`sameGivenName`: Kyiv and Kiev, Andriy and Andrey), differ by at most
 * two letters in length (one for a place or body, so that "Ukraine" and "Ukrainian" stay apart), and differ other
 * than in case. Only the words of a participant's own name count: a pronoun or a description ("the Russian
 * leader") says nothing about spelling.
 */
import type { Claim, Participant } from '../model.ts';
import type { Mention } from '../stages.ts';
import type { ArticleReading } from '../reading/read-articles.ts';
import { foldName, stripPossessive } from '../reading/fold-name.ts';
import { sameGivenName } from '../participants/same-given-name.ts';
import { claimId } from './claim-id.ts';

/** What the rule reads: the articles, the participants and where each is named. */
export interface SpellingInput {
  readings: readonly ArticleReading[];
  participants: readonly Participant[];
  mentions: readonly Mention[];
}

/** Mention rules whose words are not the participant's name. */
const NOT_A_NAME = new Set(['descriptor', 'pronoun']);

/** One article's report, for ordering and counting sources. */
interface Report {
  article: string;
  published: string;
  outlet: string;
  source: string;
  /** Position among all sentences: by publication, then article, then place in the article. */
  rank: number;
}

/** One spelling of a name: the word as written and the first sentence of each article that writes it. */
interface Spelling {
  form: string;
  /** Sentence id by article id, in first-use order (mentions are read in report order). */
  firstUse: Map<string, string>;
}

/** The first sentence that writes a spelling. */
const firstSentence = (spelling: Spelling): string => spelling.firstUse.values().next().value!;

const NUMBER_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The words of a mention that can be a name: capitalised, possessive and trailing stops removed. */
function nameWords(surface: string): string[] {
  return surface
    .split(/\s+/)
    .map((word) => stripPossessive(word.replace(/[.,;:]+$/, '')))
    .filter((word) => /^\p{Lu}\p{Ll}/u.test(word));
}

/** True when two written words are spellings of one name (see the file comment). */
export function spellsSameName(a: string, b: string, person: boolean): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return false;
  if (Math.abs(a.length - b.length) > (person ? 2 : 1)) return false;
  const x = foldName(a);
  const y = foldName(b);
  return x === y || sameGivenName(x, y);
}

/** Spellings of one name, grouped: each group holds words that spell one name, most widely used first. */
function groupSpellings(spellings: readonly Spelling[], person: boolean): Spelling[][] {
  const groups: Spelling[][] = [];
  for (const spelling of spellings) {
    const group = groups.find((members) => members.some((member) => spellsSameName(member.form, spelling.form, person)));
    if (group) group.push(spelling);
    else groups.push([spelling]);
  }
  return groups;
}

/** Which part of a person's name a group spells, for the summary. */
function partOfName(participant: Participant, group: readonly Spelling[]): string {
  const parts = participant.name.split(/\s+/);
  const at = parts.findIndex((part) => group.some(({ form }) => form === part || spellsSameName(form, part, true)));
  if (parts.length < 2 || at < 0) return `${participant.name}'s name`;
  return at === parts.length - 1
    ? `${participant.name}'s surname`
    : at === 0
      ? `${participant.name}'s first name`
      : `${participant.name}'s name`;
}

const listed = (words: readonly string[]): string =>
  words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;

/** The claims of names spelled differently, by participant order, then by the group's first use. */
export function nameSpellings({ readings, participants, mentions }: SpellingInput): Claim[] {
  // Reports in publication order, then by article and position: `rank` orders them with one comparison.
  const reportOf = new Map<string, Report>();
  const byPublication = [...readings].sort(
    (a, b) => compare(a.parsed.input.published, b.parsed.input.published) || compare(a.parsed.input.slug, b.parsed.input.slug),
  );
  for (const reading of byPublication) {
    const { slug, published, outlet, wire } = reading.parsed.input;
    for (const { sentence } of reading.sentences) {
      reportOf.set(sentence.id, { article: slug, published, outlet, source: wire ?? outlet, rank: reportOf.size });
    }
  }
  const byReport = (x: string, y: string): number => reportOf.get(x)!.rank - reportOf.get(y)!.rank;
  const mentionsOf = new Map<string, Array<{ mention: Mention; report: Report }>>();
  for (const mention of mentions) {
    const report = reportOf.get(mention.sentence);
    if (NOT_A_NAME.has(mention.rule) || report === undefined) continue;
    const list = mentionsOf.get(mention.participant) ?? [];
    list.push({ mention, report });
    mentionsOf.set(mention.participant, list);
  }
  // A story names its people in a few ways, each many times: read the words of each way once.
  const wordsOf = new Map<string, Array<{ word: string; key: string }>>();
  const wordsOfSurface = (surface: string): Array<{ word: string; key: string }> => {
    let words = wordsOf.get(surface);
    if (words === undefined) {
      words = nameWords(surface).map((word) => ({ word, key: word.toLowerCase() }));
      wordsOf.set(surface, words);
    }
    return words;
  };

  const claims: Claim[] = [];
  for (const participant of participants) {
    const person = participant.kind === 'person';
    const spellings = new Map<string, Spelling>();
    for (const { mention, report } of (mentionsOf.get(participant.id) ?? []).sort((a, b) => a.report.rank - b.report.rank)) {
      for (const { word, key } of wordsOfSurface(mention.surface)) {
        const spelling = spellings.get(key) ?? { form: word, firstUse: new Map<string, string>() };
        if (!spelling.firstUse.has(report.article)) spelling.firstUse.set(report.article, mention.sentence);
        spellings.set(key, spelling);
      }
    }
    for (const group of groupSpellings([...spellings.values()], person)) {
      const articles = new Set(group.flatMap(({ firstUse }) => [...firstUse.keys()]));
      // A difference between sources: two spellings, in two articles at least.
      if (group.length < 2 || articles.size < 2) continue;
      const ordered = [...group].sort((a, b) => b.firstUse.size - a.firstUse.size || byReport(firstSentence(a), firstSentence(b)));
      const sentences = [...new Set(ordered.flatMap(({ firstUse }) => [...firstUse.values()]))].sort(byReport);
      const members = sentences.map((id) => reportOf.get(id)!);
      const forms = ordered.map(({ form }) => form);
      const named = person ? partOfName(participant, group) : `the name ${forms[0]}`;
      claims.push({
        id: claimId([`spelling:${participant.id}`, ...sentences]),
        kind: 'spelling',
        summary: `The sources spell ${named} in ${NUMBER_WORDS[forms.length] ?? forms.length} ways: ${listed(forms)}.`,
        sentences,
        outlets: [...new Set(members.map(({ outlet }) => outlet))].sort(compare),
        independentSources: new Set(members.map(({ source }) => source)).size,
        status: 'disputed',
        values: [...group]
          .sort((a, b) => byReport(firstSentence(a), firstSentence(b)))
          .map((spelling) => `${spelling.form} (${reportOf.get(firstSentence(spelling))!.outlet})`),
        topics: [],
        firstReported: members[0]!.published,
      });
    }
  }
  return claims;
}
